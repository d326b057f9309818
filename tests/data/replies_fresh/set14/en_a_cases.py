"""Set 14, part en_a: handwritten English debtor replies.

Creditors: Marsh & Pennock Heating Ltd (GB, plumbing/heating, Leeds), Halverson Print & Sign LLC
(US, print shop, Providence RI), Castagné Son & Lumière SARL (FR, event sound/light hire, Aix) whose
foreign customers write in English.
"""

CASES = [
    dict(id="s14ena001", country="GB", date="2026-12-07T10:14", fmt="gmail", stage="reminder", ago=3,
         inv="MP-26-0912", amt="386.40", due="2026-11-27",
         frm="Kirsty Dunmore <kirsty@thelittlebeanhouse.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Will pay 'on Friday' with the other supplier payments; reply is Monday 7 Dec, so Friday 11 Dec.",
         body="""Hi there,

Sorry, this one slipped through - it's been manic with the Christmas menu. I'll pay it on Friday when I do the rest of the supplier payments.

Thanks for sorting the boiler so quickly btw, the customers were freezing!

Kirsty
The Little Bean House
14 Kirkgate, Otley"""),

    dict(id="s14ena002", country="US", date="2026-12-07T16:52", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="HPS-20931", amt="1,148.75", due="2026-11-15",
         frm="Maria Castellano <mcastellano@harborsmiledental.com>",
         intent="paid", paid_on="2026-12-03",
         note="Check #10482 mailed 12/3 (US month-first: December 3).",
         body="""Hello,

Our records show this invoice was paid by check #10482 in the amount of $1,148.75, mailed 12/3. It may have crossed with your reminder. If it hasn't arrived by the end of the week please let me know and I will look into stopping it and reissuing.

Thank you,

Maria Castellano
Office Manager
Harbor Smile Family Dentistry
77 Wickenden St, Providence, RI 02903
P: (401) 555-0142 | F: (401) 555-0143

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information, including protected health information, and are intended only for the use of the addressee. If you have received this message in error, please notify the sender immediately and delete it."""),

    dict(id="s14ena003", country="FR", loc="GB", off="+0000", date="2026-12-08T11:40", fmt="gmail", stage="reminder", ago=4,
         inv="CSL-2026-1187", amt="3 460,00", due="2026-11-30",
         frm="Harriet Bowes <harriet@sunflowerweddingsprovence.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="UK wedding planner will transfer in full on Friday 18th December; the side question about the uplighting does not change the promise. The 15th is the couple's payment, not hers.",
         body="""Bonjour / Hello,

Apologies for replying in English, my French is fine for ordering a coffee but not much else!

Thank you for the reminder. The balance for the Ashworth–Mehta wedding at Château de la Gaude is in hand – the couple pay their final instalment on the 15th and I will transfer your invoice in full on Friday 18th December. I'll send the remittance to this address.

One small thing: could you confirm whether the uplighting in the orangery was included in the package or charged separately? I'm doing the final accounts with the couple and want to make sure I've got it right.

Many thanks,
Harriet

Harriet Bowes
Sunflower Weddings Provence
+44 7700 900412"""),

    dict(id="s14ena004", country="GB", date="2026-12-08T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="MP-26-0855", amt="612.00", due="2026-11-13",
         frm="Rachel Imeson <rachel.imeson@fernleavets.co.uk>",
         intent="out_of_office", return_date="2026-12-14",
         note="Practice manager's auto-reply: back in on Monday 14th December.",
         body="""Thank you for your email.

I am out of the practice this week with limited access to email and will be back in on Monday 14th December.

For urgent clinical matters please call the practice on 01423 555 810. For accounts queries in my absence please contact Sophie Lister at accounts@fernleavets.co.uk.

Kind regards
Rachel Imeson
Practice Manager
Fernlea Veterinary Centre"""),

    dict(id="s14ena005", country="US", date="2026-12-08T13:26", fmt="gmail", stage="reminder", ago=6,
         inv="HPS-20877", amt="684.00", due="2026-11-20",
         frm="Jess Okonkwo <jess@jessokonkwophoto.com>",
         intent="dispute",
         note="Photographer refuses to pay the full amount until three faulty canvases are reprinted or credited.",
         body="""Hi Dan,

I haven't paid this because there's still the issue with the canvas order I emailed Tom about on 11/19. Three of the six 24x36 canvases came back with a heavy magenta cast – the skin tones on the Whitfield family portrait are basically pink. I sent photos. I was told someone would call me and nobody did.

I'm happy to pay for the three that are fine, but I'm not paying $684 for the full set until the other three are reprinted or credited. My client is waiting on these for Christmas, so honestly the reprint matters more to me than the invoice right now.

Can someone please call me? 401-555-0199

Jess"""),

    dict(id="s14ena006", country="GB", date="2026-12-09T07:48", fmt="apple", stage="reminder", ago=2,
         inv="MP-26-0931", amt="145.00", due="2026-12-04",
         frm="Gary Holt <garyholt63@btinternet.com>",
         intent="paid", paid_on="2026-12-08",
         note="Homeowner paid by bank transfer 'last night' (reply sent the morning of 9 Dec).",
         body="""paid it last night by bank transfer, used the invoice no as the reference. cheers for fixing the leak

Gary

Sent from my iPhone"""),

    dict(id="s14ena007", country="US", date="2026-12-09T10:05", fmt="tb", stage="reminder", ago=1,
         inv="HPS-21004", amt="2,315.60", due="2026-12-01",
         frm="Accounts Payable <ap@ferrarohospitality.com>",
         intent="copy_request",
         note="Restaurant group AP cannot find the invoice; needs a copy showing a PO number before it can pay.",
         body="""Good morning,

We are unable to locate invoice HPS-21004 in our system. All vendor invoices must reference a valid Ferraro Hospitality Group purchase order number and be submitted to ap@ferrarohospitality.com as a PDF before they can be entered for payment.

Please send a copy of the invoice showing the PO number (this is likely the menu reprint for Trattoria Ferraro – Federal Hill; the GM there can give you the PO if you don't have it). Once received, invoices are paid on our standard Net 30 cycle.

Regards,

Linda Marchetti
Accounts Payable
Ferraro Hospitality Group
(401) 555-0166 ext. 204"""),

    dict(id="s14ena008", country="FR", loc="US", off="-0500", date="2026-12-09T19:20", fmt="html_gmail", stage="second_reminder", ago=7,
         inv="CSL-2026-1102", amt="2 180,00", due="2026-10-31",
         frm="Marcus Bell <marcusbellmusic@gmail.com>",
         intent="other",
         note="Wrong recipient: former tour manager, no new contact given (only 'try the label').",
         body="""Hi,

I think this has come to the wrong person. I was tour manager for The Hollow Pines until the end of September but I haven't worked with them since, and I wasn't involved in the Marseille show in October – that was booked directly by their label in Nashville as far as I know.

I don't have a current contact for whoever handles their European dates now, sorry. You might try the label.

Best,
Marcus"""),

    dict(id="s14ena009", country="GB", date="2026-12-10T14:33", fmt="outlook", stage="firm", ago=3,
         inv="MP-26-0790", amt="1,870.00", due="2026-10-30",
         frm="Nadia Rahman <nadia@studionhair.co.uk>",
         intent="plan_request",
         note="Salon owner asks to pay in instalments over three or four months; no date committed.",
         body="""Dear Marsh & Pennock,

I'm sorry it has taken me so long to come back to you about this. I'm not ignoring it. The new basins and water heater were a big outlay and November was much quieter than I'd budgeted for, so the cash just isn't there at the moment to clear the full £1,870 in one go.

Would you be willing to let me pay it in instalments? Spread over three or four months would make it manageable for me. I'd rather agree something with you now than keep missing it.

Kind regards,

Nadia Rahman
Studio N Hair
22 Chapel Allerton Lane, Leeds LS7 3PB
07700 900 627"""),

    dict(id="s14ena010", country="US", date="2026-12-10T08:41", fmt="gmail", stage="reminder", ago=2,
         inv="HPS-21019", amt="312.50", due="2026-12-04",
         frm="Theo Brandt <theo@rusticroostercafe.com>",
         intent="promise", promise_date="2026-12-15",
         note="Café owner will pay 'on the 15th' (December).",
         body="""Hey, got it. I'll pay this on the 15th when our deposit clears. Menus look great by the way.

Theo"""),

    dict(id="s14ena011", country="GB", date="2026-12-11T21:47", fmt="gmail", stage="second_reminder", ago=4,
         inv="MP-26-0874", amt="428.00", due="2026-11-20",
         frm="Simon Platt <s.platt77@gmail.com>",
         intent="dispute",
         note="Angry homeowner contests the hours charged and says the fault is not fixed; won't pay until corrected.",
         body="""I'm not paying this and I'm getting a bit fed up of these emails.

Your engineer was at my house for an hour and a half at most. He turned up at 10.40 not 9 like we were told, and he was gone by 12.15, I know because I was here the whole time. You've charged me 4 hours labour plus a "diagnostic fee" that nobody mentioned on the phone. And the boiler STILL loses pressure every couple of days so whatever he did hasn't fixed it.

Send someone back to fix it properly and send me a correct invoice for the time actually spent and I'll pay that. Until then don't expect anything.

Simon Platt"""),

    dict(id="s14ena012", country="GB", date="2026-12-11T09:03", fmt="bounce", stage="second_reminder",
         inv="MP-26-0822", amt="960.00", due="2026-11-06",
         rcpt="office@thecopperpotleeds.co.uk", status="5.1.10",
         remote="thecopperpotleeds-co-uk.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient office@thecopperpotleeds.co.uk not found by SMTP address lookup",
         intent="bounce",
         note="Delivery failure: recipient mailbox not found.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
office@thecopperpotleeds.co.uk"""),

    dict(id="s14ena013", country="US", date="2026-12-11T11:12", fmt="html_outlook", stage="heads_up", ago=1,
         inv="HPS-21040", amt="876.30", due="2026-12-24",
         frm="Brianna Kowalski <bkowalski@eastbayanimalhospital.com>",
         intent="contact_change", new_email="payables@eastbayanimalhospital.com",
         note="Asks that invoices and statements go to the hospital's billing inbox instead.",
         body="""Hi,

Could you please update your records so that invoices and statements for East Bay Animal Hospital go to our billing inbox, payables@eastbayanimalhospital.com, rather than to me directly? I'm moving over to our Warren location after the holidays and this mailbox will be shared with the front desk team, so things may get missed.

Thanks so much!

Brianna Kowalski
Hospital Administrator
East Bay Animal Hospital
1120 Wampanoag Trail, East Providence, RI 02915
(401) 555-0118"""),

    dict(id="s14ena014", country="FR", loc="GB", off="+0000", date="2026-12-14T10:25", fmt="tb", stage="reminder", ago=3,
         inv=[("CSL-2026-1121", "4 850,00", "2026-11-20"), ("CSL-2026-1139", "1 275,00", "2026-11-27")],
         frm="Owen Prichard <owen.prichard@brightwaterlive.co.uk>",
         intent="paid", paid_on="2026-12-11",
         note="Both invoices paid in one SEPA transfer on Friday 11/12 (British numeric: 11 December).",
         body="""Hello,

Both of these were paid on Friday (11/12) by SEPA transfer from our Barclays euro account – one payment of €6,125.00 covering CSL-2026-1121 and CSL-2026-1139, reference BRIGHTWATER CSL1121 1139. It should be with you today or tomorrow.

Thanks again for the rig in Cannes, the client was very happy.

Regards,
Owen

--
Owen Prichard
Production Accounts
Brightwater Live Events Ltd
Unit 4, Hackney Wick Studios, London E9 5EN
T: +44 20 7946 0833
Brightwater Live Events Ltd is registered in England and Wales, company no. 08845127. Registered office as above."""),

    dict(id="s14ena015", country="US", date="2026-12-14T23:58", fmt="apple", stage="reminder", ago=4,
         inv="HPS-20998", amt="540.00", due="2026-11-30",
         frm="Danny Ruiz <dannyruizdrums@icloud.com>",
         intent="promise",
         note="Drummer promises to pay after New Year's Eve when gig money comes in; no single day.",
         body="""Hey guys sorry about this. Holiday gigs pay out late, I've got a bunch of money coming in after New Years Eve. I'll get the posters paid off then, promise. Not trying to dodge you

Danny

Sent from my iPhone"""),

    dict(id="s14ena016", country="GB", date="2026-12-15T12:09", fmt="html_outlook", stage="final_notice", ago=6,
         inv="MP-26-0744", amt="2,940.00", due="2026-10-16",
         frm="Helen Gaskell <accounts@wharfedaledental.co.uk>",
         intent="paid", paid_on="2026-12-15",
         note="Dental practice paid by BACS 'today'.",
         body="""Dear Sir/Madam,

Please accept our apologies for the delay in settling this invoice. It was held pending sign-off from one of the partners, which has now been given.

Payment of £2,940.00 has been made today by BACS to the account shown on your invoice, reference MP260744. Please allow up to two working days for the funds to reach you. A remittance advice will follow from our payments system.

Kind regards,

Helen Gaskell
Practice Accounts
Wharfedale Dental Care
3 Bridge Street, Ilkley LS29 8HG
Tel: 01943 555 206

Wharfedale Dental Care is a trading name of WDC Partnership LLP, registered in England and Wales No. OC402118. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""),

    dict(id="s14ena017", country="US", date="2026-12-15T09:15", fmt="gmail", stage="reminder", ago=1,
         inv="HPS-21022", amt="95.00", due="2026-12-10",
         frm="Carol Whitaker <carolwhitaker.salon@gmail.com>",
         intent="unsubscribe",
         note="Long-standing customer asks to be taken off the automated reminders; no payment statement.",
         body="""Please stop sending me these automated reminders. I have been a customer of yours for eleven years and I always pay, I just pay when I come in to pick up my next order like I always have. I do not need three emails about $95.

Take me off this list please.

Carol Whitaker
Carol's Hair Design"""),

    dict(id="s14ena018", country="GB", date="2026-12-16T15:20", fmt="outlook", stage="second_reminder", ago=2,
         inv="MP-26-0861", amt="1,240.00", due="2026-11-27",
         frm="Tom Aldred <tom@oldmillbrasserie.co.uk>",
         intent="dispute",
         note="Restaurant contests the amount: invoice exceeds the written quote; will only pay the quoted price.",
         body="""Hi,

I've held off paying this because it doesn't match what we agreed. Your quote (Q-2231, which I've still got) for moving the glasswasher, the new waste run and the grease trap was £850 + VAT. The invoice is £1,240 and I can't see what the difference is for. Nobody rang me to say there'd be extra work or extra cost.

If there's something on the job sheet I don't know about then show me and I'll look at it, but as it stands I'm only prepared to pay what was quoted. Please send me a revised invoice or give me a call to talk it through.

Cheers
Tom Aldred
Head Chef / Owner
The Old Mill Brasserie
Tel: 01274 555 390"""),

    dict(id="s14ena019", country="FR", loc="US", off="-0500", date="2026-12-16T17:45", fmt="gmail", stage="reminder", ago=5,
         inv="CSL-2026-1166", amt="1 390,00", due="2026-12-05",
         frm="Lauren Pike <lauren@laurenpikephotography.com>",
         intent="bank_details",
         note="US photographer needs SWIFT/BIC, bank name/address and account name to wire; will pay once she has them.",
         body="""Hello,

I'm trying to pay this invoice (lighting rental for the Gordes shoot) but my bank here won't send an international wire with just the IBAN. They're asking for the SWIFT/BIC code, the full name and address of your bank, and the exact name on the account. Could you send me those? The online payment link also didn't accept my card – it said something about 3D Secure.

As soon as I have the details I'll send it.

Thanks,
Lauren

Lauren Pike Photography
Brooklyn, NY
+1 (718) 555-0153"""),

    dict(id="s14ena020", country="US", date="2026-12-16T14:02", fmt="none", stage="second_reminder", ago=3,
         inv="HPS-20956", amt="418.00", due="2026-11-18",
         frm="Patricia Coyle <pcoyle1954@aol.com>",
         intent="other",
         note="Widow of the customer: he has died, she asks for time and will be in touch after the holidays; no commitment to pay.",
         body="""To whom it may concern,

I am writing on behalf of my husband, Jim Coyle, who ordered the flyers and banners for the Blackstone Valley Big Band's fall concerts. Jim passed away suddenly on November 29th. I am only now starting to go through his email and his papers and I am afraid I don't know yet what he paid personally and what the band was supposed to pay.

I would be grateful if you could give me a little time. Our son is helping me with his affairs and one of us will be in touch after the holidays.

Patricia Coyle"""),

    dict(id="s14ena021", country="GB", date="2026-12-17T19:32", fmt="outlook", stage="repeat", ago=3,
         inv="MP-26-0889", amt="265.00", due="2026-11-25",
         frm="Leanne Marsden <leanne.marsden88@hotmail.co.uk>",
         intent="promise", promise_date="2026-12-23",
         note="Homeowner gets paid on the 23rd and will pay then (23 December).",
         body="""Hi sorry i know this is late, ive had a nightmare month with the car aswell. I get paid on the 23rd so ill pay it then first thing, definately before christmas.

Thanks for being patient

Leanne"""),

    dict(id="s14ena022", country="GB", date="2026-12-17T10:50", fmt="html_gmail", stage="reminder", ago=3,
         inv="MP-26-0903", amt="538.80", due="2026-12-02",
         frm="Bloom Nail & Beauty <hello@bloomnailbeauty.co.uk>",
         intent="copy_request",
         note="Salon never received the invoice; asks for a PDF copy with VAT breakdown for the bookkeeper.",
         body="""Hi,

We've had this reminder but we never actually received the invoice itself – I've checked the inbox and the junk folder. Could you send us a copy as a PDF please? Our bookkeeper needs the invoice with the VAT breakdown to put it through, the link just shows the amount.

Thanks,
Amy
Bloom Nail & Beauty
0113 555 0741"""),

    dict(id="s14ena023", country="US", date="2026-12-18T12:20", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="HPS-20940", amt="1,960.00", due="2026-11-16",
         frm="Sofia Alvarez <sofia@lacocinadesofia.com>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment: $1,000 sent today through the portal; the remaining $960 'in the next couple of weeks' (no date).",
         body="""Hi there,

I just sent $1,000 through your payment portal (confirmation #PP-55812) toward this invoice. December has been slower than we hoped with the construction on Broad Street right out front, so I'll pay the remaining $960 in the next couple of weeks.

Please let me know if it doesn't show up on your end.

Gracias,
Sofia Alvarez
La Cocina de Sofía
(401) 555-0137"""),

    dict(id="s14ena024", country="FR", loc="GB", off="+0000", date="2026-12-18T16:10", fmt="apple", stage="final_notice", ago=3,
         inv="CSL-2026-1048", amt="5 600,00", due="2026-10-15",
         frm="Rhys Morgan <rhys@sidewaysmgmt.co.uk>",
         intent="dispute",
         note="Band manager disputes the invoice over a monitor failure at the festival; proposes a 30% reduction.",
         body="""Hello,

I've seen the "final reminder" and frankly I'm surprised you've sent it, given we've emailed twice about this since September and had no reply.

To recap: at Festival des Calanques on 12 September the monitor system for our set dropped out twice, for about 20 minutes in total, and your tech on site told our tour manager it was a faulty amp rack that should have been swapped before the show. We had to cut three songs. The promoter docked our fee because of it.

We are not refusing to pay, but we won't pay the full €5,600 for a system that failed. We've proposed a 30% reduction. Either respond to that or put me in touch with someone who can discuss it, but please don't threaten us with debt collectors over an invoice that's been in dispute for three months.

Rhys Morgan
Sideways Management
07700 900 318

Sent from my iPad"""),

    dict(id="s14ena025", country="US", date="2026-12-28T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="HPS-21077", amt="264.00", due="2026-12-18",
         frm="Riverside Pediatric Dentistry <frontdesk@riversidepeddental.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed for the holidays; reopens Monday, January 4, 2027.",
         body="""Thank you for contacting Riverside Pediatric Dentistry.

Our office is closed for the holidays from Thursday, December 24 through Sunday, January 3. We will reopen on Monday, January 4, 2027 at 8:00 AM.

If your child has a dental emergency, please call our main line at (401) 555-0129 and follow the prompts to reach the on-call dentist.

Happy Holidays from all of us!"""),

    dict(id="s14ena026", country="GB", date="2026-12-21T11:05", fmt="outlook", stage="firm", ago=4,
         inv="MP-26-0812", amt="3,315.00", due="2026-11-02",
         frm="Daniel Brook <daniel.brook@moorsidevets.co.uk>",
         intent="other",
         note="Vet says the invoice has been passed to the group's external accountants, who will contact the firm; no address given, no payment statement.",
         body="""Good morning,

Thanks for your email. I've passed this on to our external accountants, Hartley Lowe, who have handled all supplier payments for the group since the takeover in October. I'm afraid I no longer have access to the payments system myself so I can't tell you where it's up to.

I've asked them to contact you directly.

Regards

Daniel Brook MRCVS
Clinical Director
Moorside Veterinary Group
Tel 01535 555 472"""),

    dict(id="s14ena027", country="GB", date="2026-12-22T20:15", fmt="gmail", stage="reminder", ago=4,
         inv="MP-26-0948", amt="720.00", due="2026-12-16",
         frm="Margaret Ellis <maggie.ellis@sky.com>",
         intent="promise",
         note="Homeowner will settle 'after Christmas': no single day.",
         body="""Dear Sir,

Thank you for the reminder. I'm afraid with the family coming for Christmas things are rather stretched this month, but I will settle the account after Christmas. The new radiators are wonderful, the back bedroom is warm for the first time in years.

Yours sincerely

Margaret Ellis"""),

    dict(id="s14ena028", country="US", date="2026-12-22T15:40", fmt="gmail", stage="reminder", ago=1,
         inv="HPS-21051", amt="2,480.00", due="2026-12-15",
         frm="Keisha Grant <keisha@goldenhourstudiori.com>",
         intent="plan_request",
         note="Photographer asks to split the invoice into monthly payments (4-5 months); no date committed.",
         body="""Hi,

I got your reminder on the album and gallery wall prints. I have to be honest – this order was bigger than I planned, and my studio bookings really drop off in January and February. Is there any way I could split the $2,480 into monthly payments? I'm thinking 4 or 5 months but I'm open to whatever works for you. I can set up autopay if that helps.

I really love working with you guys and don't want to leave this hanging.

Thanks,
Keisha Grant
Golden Hour Studio
Pawtucket, RI"""),

    dict(id="s14ena029", country="FR", loc="GB", date="2026-12-23T10:40", fmt="html_outlook", stage="repeat", ago=5,
         inv="CSL-2026-1153", amt="980,00", due="2026-11-30",
         frm="Jonathan Reeve <contact@lapetiteauberge-menerbes.fr>",
         intent="promise", promise_date="2027-01-08",
         note="British restaurateur in the Luberon: the accountant will pay by Friday 8 January at the latest.",
         body="""Dear Castagné team,

Sorry, I'm replying in English as it's quicker for me – I hope that's OK.

We closed for the season on Sunday and our accountant only processes payments in the first week of January now. I've asked her to pay your invoice for the terrace lighting and the sound system for our anniversary evening by Friday 8 January at the latest. If you need it sooner, let me know and I'll see what I can do.

Joyeuses fêtes,

Jonathan Reeve
La Petite Auberge
Place de l'Horloge, 84560 Ménerbes
+33 (0)4 90 55 21 77"""),

    dict(id="s14ena030", country="GB", date="2026-12-24T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="MP-26-0957", amt="184.00", due="2026-12-18",
         frm="Salon Belle <info@salonbelleharrogate.co.uk>",
         intent="out_of_office", return_date="2026-12-29",
         note="Salon closed for Christmas; reopens Tuesday 29th December.",
         body="""Hi, thanks for your email!

Salon Belle is now closed for Christmas. We reopen on Tuesday 29th December at 9am and we'll reply to all messages then.

You can still book appointments online any time through our website.

Merry Christmas & see you soon,
The Salon Belle Team x"""),

    dict(id="s14ena031", country="US", date="2026-12-28T13:10", fmt="tb", stage="reminder", ago=4,
         inv="HPS-21008", amt="375.00", due="2026-12-07",
         frm="Ellen Sorensen <ellen@sorensenstrings.com>",
         intent="paid", paid_on="2026-12-22",
         note="Music teacher mailed check no. 2217 on 12/22 (December 22).",
         body="""Hello,

I mailed a check for this on 12/22 (check no. 2217, $375.00) to your Westminster St. address. With the holiday mail it may take a few extra days to get there. Please let me know if it hasn't arrived by the end of next week.

Happy New Year,
Ellen Sorensen
Sorensen Strings Studio
(401) 555-0191"""),

    dict(id="s14ena032", country="GB", date="2026-12-29T11:42", fmt="apple", stage="second_reminder", ago=5,
         inv="MP-26-0917", amt="395.00", due="2026-12-09",
         frm="Paul Wetherell <paul.wetherell@icloud.com>",
         intent="paid", paid_on="2026-12-29",
         note="Homeowner paid by card over the phone just before writing (29 Dec).",
         body="""Morning,

Just rang your office and paid this by card over the phone, spoke to a lady called Karen. She said she'd mark it as paid but I thought I'd reply so you've got it in writing. Auth code she gave me was 084417.

Paul

Sent from my iPhone"""),

    dict(id="s14ena033", country="US", date="2026-12-30T10:25", fmt="html_outlook", stage="final_notice", ago=6,
         inv="HPS-20902", amt="4,726.00", due="2026-11-09",
         frm="Garrett Lin <glin@northstareventsco.com>",
         intent="dispute",
         note="Event company disputes items billed beyond its PO; will pay the PO amount on a revised invoice.",
         body="""Hello,

We received your final notice on invoice HPS-20902. Before this goes any further, I want to be clear that we dispute this invoice and have done since it was issued.

Our approved order (PO 7719, signed by our producer on 10/14) was for 2 step-and-repeat backdrops, 40 table tent cards and 6 retractable banners for the Hope & Harbor gala. The invoice bills for 4 backdrops and 12 banners. We received and used exactly what we ordered; we did not receive, approve or use the extra items. Your rep Kyle confirmed by phone on 11/18 that he would have it corrected, and we have heard nothing since.

We will pay the correct amount for PO 7719 as soon as we receive a revised invoice. Please do not refer this to collections.

Garrett Lin
Director of Operations
North Star Events Co.
200 Exchange St, Suite 310, Providence, RI 02903
O: (401) 555-0175 | M: (401) 555-0114"""),

    dict(id="s14ena034", country="GB", date="2026-12-31T16:04", fmt="gmail", stage="reminder", ago=1,
         inv="MP-26-0966", amt="158.00", due="2026-12-23",
         frm="Chris Denby <chrisdenby@gmail.com>",
         intent="unsubscribe",
         note="Former owner of the property asks to have his email removed and stop receiving reminders.",
         body="""This is the third time I've had one of these. I sold 9 Moor Lane in October. Whatever work you did there in December is nothing to do with me, you need to speak to the new owners.

Please remove my email address from your system and stop sending me reminders.

Chris Denby"""),

    dict(id="s14ena035", country="FR", loc="US", off="-0500", date="2027-01-04T16:30", fmt="gmail", stage="second_reminder", ago=4,
         inv="CSL-2026-1178", amt="7 240,00", due="2026-12-15",
         frm="Amanda Ross <aross@bluelanternevents.com>",
         intent="promise", promise_date="2027-01-07",
         note="US event agency: wire will go out Thursday, January 7 (finance back on the 6th is not the payment date).",
         body="""Hi there,

Happy New Year, and apologies for the delay – our office was closed from December 23 and I'm only just back today.

I've approved your invoice for the Aix corporate retreat (staging, sound and lighting) and it's in our next international wire batch. Our finance team is back on the 6th and they release wires on Thursdays, so you should see the payment go out Thursday, January 7. I'll forward the wire confirmation once I have it.

Best regards,

Amanda Ross
Senior Event Manager
Blue Lantern Events
Boston, MA | +1 617 555 0162"""),

    dict(id="s14ena036", country="US", date="2027-01-04T09:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="HPS-21033", amt="1,215.00", due="2026-12-11",
         frm="Noah Feldman <noah@feldmanweddings.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Photographer away on location through Sunday, January 10; first working day back is Monday Jan 11.",
         body="""Hi! Thanks for your email.

I'm on location in Costa Rica for a destination wedding through Sunday, January 10, with very limited internet access. I'll reply as soon as I can once I'm back.

If this is about an upcoming booking, please reach out to my studio manager, Alexis, at studio@feldmanweddings.com.

– Noah
Feldman Wedding Photography"""),

    dict(id="s14ena037", country="GB", date="2027-01-05T09:48", fmt="html_outlook", stage="firm", ago=6,
         inv="MP-26-0838", amt="1,560.00", due="2026-11-20",
         frm="Ben Whitely <ben.whitely@greyhoundinns.co.uk>", cc="purchase.ledger@greyhoundinns.co.uk",
         intent="contact_change", new_email="purchase.ledger@greyhoundinns.co.uk",
         note="Pub restaurant: invoices now processed by head office; send this one and future ones to the purchase ledger address.",
         body="""Morning,

Could you please update your records – from this month all supplier invoices and statements for The Greyhound, Ripon are being processed centrally by our head office. Please send this invoice, and anything in future, to purchase.ledger@greyhoundinns.co.uk and they'll pick it up from there. I've copied them in.

Thanks
Ben

Ben Whitely
General Manager
The Greyhound, Ripon

Part of Greyhound Inns Ltd. Registered in England No. 06631902. Registered office: 2 Minster Road, Ripon HG4 1LZ."""),

    dict(id="s14ena038", country="GB", date="2027-01-05T14:20", fmt="tb", stage="reminder", ago=1,
         inv="MP-26-0972", amt="442.00", due="2026-12-30",
         frm="Ian Crowther <ian@crowthersdeli.co.uk>",
         intent="bank_details",
         note="Café received a suspicious 'change of bank details' email; asks the firm to confirm its real bank details before paying.",
         body="""Hello,

Before I pay this can you confirm your bank details please? Just before Christmas we got an email, supposedly from you, saying Marsh & Pennock had moved banks and giving a new account with Monzo. It didn't look quite right to me (it came from marsh-pennock-accounts@outlook.com) so I haven't used it.

Can someone ring me on 01484 555 612 to confirm the correct sort code and account number? I'm not paying into anything until I've spoken to a person.

Regards
Ian Crowther
Crowther's Deli & Café, Holmfirth"""),

    dict(id="s14ena039", country="US", date="2027-01-06T18:22", fmt="apple", stage="reminder", ago=2,
         inv="HPS-21090", amt="228.00", due="2026-12-31",
         frm="Tasha Monroe <tashamonroe.lashes@yahoo.com>",
         intent="promise", promise_date="2027-01-08",
         note="'will pay fri' on Wednesday 6 Jan = Friday 8 Jan.",
         body="""ok will pay fri

Sent from my iPhone"""),

    dict(id="s14ena040", country="FR", loc="GB", off="+0000", date="2027-01-06T13:05", fmt="gmail", stage="final_notice", ago=6,
         inv="CSL-2026-1094", amt="3 150,00", due="2026-10-20",
         frm="Callum Fraser <callum@thenorthernreels.co.uk>",
         intent="plan_request",
         note="Scottish band cannot pay in one go; asks for monthly instalments of about €500, no start date.",
         body="""Hi,

I'm really sorry this has dragged on. The French dates in October lost us a lot of money – two of the shows were cancelled by the venues with hardly any notice and we've still not had the cancellation fees we're owed. So the band account is pretty much empty at the moment.

I'm not disputing the invoice, the gear was great. But I can't pay €3,150 in one go. Would you accept monthly instalments? I could manage something like €500 a month, maybe more once the spring bookings come in. Let me know what you'd need from me to set that up.

Cheers,
Callum Fraser
The Northern Reels
+44 7700 900 745"""),

    dict(id="s14ena041", country="GB", date="2027-01-07T10:12", fmt="outlook", stage="second_reminder", ago=3, fwd=True,
         subj="FW: Second reminder: invoice MP-26-0826 overdue – Marsh & Pennock Heating Ltd",
         inv="MP-26-0826", amt="2,180.00", due="2026-11-18",
         frm="Joanne Pearce <joanne.pearce@calverleydental.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Practice manager forwards the dentist's OK: paid in the end-of-January supplier run (31 January).",
         body="""Hi,

Please see below from Dr Okafor – he's happy for this to be paid at the end of January when we do our next supplier run. I'll make sure it goes through then.

Kind regards
Joanne
Practice Manager, Calverley Dental Practice
0113 555 0388

From: Emeka Okafor <e.okafor@calverleydental.co.uk>
Sent: 06 January 2027 17:41
To: Joanne Pearce <joanne.pearce@calverleydental.co.uk>
Subject: RE: Second reminder: invoice MP-26-0826 overdue – Marsh & Pennock Heating Ltd

Jo – yes fine, the new boiler's been great. Put it in the end of month run please, not before, the VAT bill has to go first.

E"""),

    dict(id="s14ena042", country="US", date="2027-01-08T15:55", fmt="gmail", stage="repeat", ago=4,
         inv="HPS-20985", amt="1,032.00", due="2026-11-27",
         frm="Rob Delgado <rob@smokestackbbqri.com>",
         intent="other",
         note="Restaurant closed and filed Chapter 7; claims go through the bankruptcy trustee.",
         body="""To Halverson Print,

I'm sorry to tell you that Smokestack BBQ closed its doors for good on December 31. The business has filed for Chapter 7 bankruptcy and everything, including outstanding bills, is now being handled by the bankruptcy trustee. Our attorney tells me I can't pay any individual creditors directly at this point.

You should be receiving a formal notice from the court with instructions on filing a claim. If you need the case number or the attorney's contact info, reply here and I'll send it.

Thanks for all the great work over the years. Sorry it ended this way.

Rob Delgado"""),

    dict(id="s14ena043", country="GB", date="2027-01-11T09:20", fmt="html_gmail", stage="repeat", ago=4,
         inv=[("MP-26-0801", "640.00", "2026-10-28"), ("MP-26-0853", "1,125.00", "2026-11-13")],
         frm="Hannah Greaves <accounts@fenwickmarquees.co.uk>",
         intent="paid", paid_on="2027-01-08",
         note="Marquee company paid both invoices 'on Friday' (reply Monday 11 Jan: Friday 8 Jan); side request for a statement.",
         body="""Hi,

Both of these went out on Friday in our weekly payment run – MP-26-0801 (£640.00) and MP-26-0853 (£1,125.00), total £1,765.00, ref FENWICK. Sorry they were late, our bookkeeper was off over Christmas and things backed up.

Could you send us a statement once they've cleared so I can reconcile our side?

Thanks
Hannah Greaves
Accounts
Fenwick Marquees & Events Ltd
01765 555 284"""),

    dict(id="s14ena044", country="US", date="2027-01-12T11:37", fmt="outlook", stage="firm", ago=4,
         inv="HPS-21012", amt="1,487.20", due="2026-12-04",
         frm="Gail Pettersen <gpettersen@seekonkvetclinic.com>",
         intent="promise", promise_date="2027-01-15",
         note="Vet clinic: check goes out on 1/15 (January 15); side question about ACH.",
         body="""Good morning,

Apologies for the delay, we were short-staffed in the office over the holidays. I have this approved now. Checks are cut on the 15th of each month, so a check for $1,487.20 will go out to you on 1/15.

If you'd prefer ACH going forward, send me your form and I'll get it set up.

Thank you,
Gail Pettersen
Office Manager
Seekonk Veterinary Clinic
(508) 555-0121"""),

    dict(id="s14ena045", country="FR", loc="GB", off="+0000", date="2027-01-13T11:10", fmt="tb", stage="reminder", ago=2,
         inv="CSL-2026-1191", amt="2 760,00", due="2026-12-31",
         frm="Priya Nair <priya.nair@lattimerconsulting.co.uk>",
         intent="copy_request",
         note="UK company needs the invoice reissued to the company name with its VAT number before paying.",
         body="""Dear Sir or Madam,

Thank you for your email. We are happy to pay this invoice, however it has been issued to me personally rather than to our company, and without our VAT number. As it's a cross-border B2B supply, our finance team need it reissued to:

Lattimer Consulting Ltd
18 Park Row, Bristol BS1 5LJ, United Kingdom
VAT no. GB 318 4471 92

Could you please send a corrected invoice? We'll pay it as soon as it comes through.

Kind regards,
Priya Nair
Operations Manager
Lattimer Consulting Ltd"""),

    dict(id="s14ena046", country="GB", date="2027-01-14T16:45", fmt="gmail", stage="firm", ago=3,
         inv="MP-26-0880", amt="872.50", due="2026-11-26",
         frm="Stavros Kyriakou <stav@kyreniataverna.co.uk>",
         intent="promise",
         note="Restaurant will pay 'next week': a window, no single day.",
         body="""Hi mate

January is always dead for us but we'll get this paid next week no problem. Sorry for the wait.

Stav
Kyrenia Taverna"""),

    dict(id="s14ena047", country="US", date="2027-01-18T09:31", fmt="ooo", stage="reminder", ago=0, subj_prefix="Out of Office: ",
         inv="HPS-21118", amt="650.00", due="2027-01-15",
         frm="Ocean State Catering & Events <office@oceanstatecatering.com>",
         intent="out_of_office", return_date="2027-01-19",
         note="Closed for Martin Luther King Jr. Day; back Tuesday, January 19.",
         body="""Thank you for your message. Our offices are closed today, Monday, January 18, in observance of Martin Luther King Jr. Day. We will respond to your email when we return on Tuesday, January 19.

For same-day event emergencies, please call our events line at (401) 555-0170.

Ocean State Catering & Events"""),

    dict(id="s14ena048", country="GB", date="2027-01-20T08:05", fmt="apple", stage="repeat", ago=2,
         inv="MP-26-0984", amt="310.00", due="2027-01-06",
         frm="Anita Shah <anita.shah@me.com>",
         intent="paid", paid_on="2027-01-19",
         note="Homeowner paid in full 19/01 (British numeric: 19 January).",
         body="""Hello

Paid in full 19/01 via online banking, ref MP260984. Apologies for the delay, I was away over new year and only saw the invoice last week.

Anita Shah"""),

    dict(id="s14ena049", country="US", date="2027-01-22T21:10", fmt="html_gmail", stage="reminder", ago=4,
         inv="HPS-21101", amt="460.00", due="2027-01-08",
         frm="Mia Torres <mia@miatorresmusic.com>",
         intent="promise", promise_date="2027-02-01",
         note="Musician will pay online 'on the 1st' (February 1); asks about the rush fee but pays 'either way', so not a dispute.",
         body="""Hi Halverson folks!

Thanks for the nudge. I'm waiting on payment from two January shows, so I'll pay the poster invoice online on the 1st once those come in. If there's any chance of knocking off the rush fee, since the posters ended up arriving after the first show, I'd really appreciate it – but either way I'll pay on the 1st.

Mia"""),

    dict(id="s14ena050", country="FR", loc="US", off="-0800", date="2027-01-26T15:40", fmt="html_gmail", stage="second_reminder", ago=5,
         inv="CSL-2026-1184", amt="1 840,00", due="2026-12-20",
         frm="Derek Hollis <derek@hollisvisuals.com>",
         intent="paid", paid_on="2027-01-22",
         note="US videographer sent an international wire on Friday, January 22.",
         body="""Hello,

We sent the payment for this invoice by international wire on January 22 (last Friday) from our Wells Fargo account – USD 2,014.36, which should come to €1,840.00 after conversion. The reference on the wire is "CSL-2026-1184 HOLLIS". International wires can take 3–5 business days so it may only just be arriving.

I can send the wire confirmation if you need it. If the amount received is short because of intermediary bank fees, let me know and I'll make up the difference.

Thanks,
Derek Hollis
Hollis Visuals | Los Angeles
+1 (323) 555-0148"""),
]
