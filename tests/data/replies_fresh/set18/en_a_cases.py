"""en_a: English replies (GB, US, and English-speaking customers of a French firm). Handwritten, one by one."""

CASES = [
    dict(id="s18ena001", country="GB", date="2026-12-09T07:48", fmt="gmail", stage="reminder", ago=2,
         inv="KIT-10482", amt="186.00", due="2026-11-27",
         frm="Jodie Marsh <jodie@thecopperkettlecafe.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Written on Wednesday 9 Dec: 'Friday' = 11 Dec.",
         body="""Sorry Gareth, totally forgot. Will pay Friday.

Jodie
Sent from my phone"""),

    dict(id="s18ena002", country="US", date="2026-12-08T19:22", fmt="apple", stage="second_reminder", ago=4,
         inv="BH-26-318", amt="1,275.00", due="2026-11-10",
         frm="Linda Okafor <lindaokafor62@yahoo.com>",
         intent="paid", paid_on="2026-12-07",
         note="Check mailed 'yesterday' = Monday 12/7 (reply Tue 12/8).",
         body="""Hi there,

I mailed a check yesterday for the full amount, #2241. It should get to you by the end of the week. Sorry for the delay, things got away from me with Thanksgiving and all the family in town.

Linda

Sent from my iPhone"""),

    dict(id="s18ena003", country="FR", date="2026-12-10T16:05", fmt="html_outlook", stage="reminder", ago=3,
         inv="TB-2026-0731", amt="4 860,00", due="2026-11-30",
         frm="Harriet Clough <harriet@cloughinteriors.co.uk>",
         intent="dispute",
         note="Refuses to pay until the flawed bolts of fabric are replaced; asks for a credit note.",
         body="""Dear Mme Rivière,

I'm afraid I have to query this one before we do anything with it.

Of the six bolts of the Jacquard "Saône" in ochre delivered on 19 November, two have a visible pulled thread running roughly every 40cm along the selvedge. I emailed photos to Julien on 23 November and was told someone would come back to me, but nobody has. We cannot use them for the client's curtains and I've had to order an alternative from another mill to meet the installation date.

I'm happy to pay for the four good bolts, but I'd need a credit note for the other two (and a collection arranged for them) before the invoice can be approved. Until then I'll leave it on hold.

Kind regards,

Harriet Clough
Director
Clough Interiors Ltd
42 Elgin Crescent, London W11 2JE
T: +44 (0)20 7229 4418
www.cloughinteriors.co.uk

Clough Interiors Ltd is registered in England and Wales, company no. 10877342. This email and any attachments are confidential and intended solely for the addressee."""),

    dict(id="s18ena004", country="GB", date="2026-12-18T09:01", fmt="ooo", stage="heads_up", ago=0,
         inv="KIT-10517", amt="2,940.00", due="2026-12-31",
         frm="Bursar <bursar@stmarkscofe.bham.sch.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="School closed; bursar back Tuesday 5 January.",
         body="""Thank you for your email.

The school is now closed for the Christmas holidays. I will be back in the office on Tuesday 5th January and will respond to your message then.

For anything urgent relating to safeguarding please contact the Headteacher, Mrs A. Doyle, on head@stmarkscofe.bham.sch.uk.

Mrs Karen Pryce
School Business Manager
St Mark's C of E Primary School"""),

    dict(id="s18ena005", country="US", date="2026-12-10T11:14", fmt="outlook", stage="reminder", ago=1,
         inv="BH-26-331", amt="6,420.00", due="2026-11-30",
         frm="Denise Whitfield <dwhitfield@ridgecrestpm.com>",
         intent="promise", promise_date="2026-12-15",
         note="Check to be cut in the AP run on 12/15.",
         body="""Good morning,

This has been approved by the board for Laurel Ridge HOA. Our next check run is 12/15 and it will go out in that batch.

Thank you,

Denise Whitfield
Accounts Payable Coordinator
Ridgecrest Property Management
P: 828.555.0193 | F: 828.555.0194
dwhitfield@ridgecrestpm.com"""),

    dict(id="s18ena006", country="GB", date="2026-12-12T10:40", fmt="gmail", stage="second_reminder", ago=5,
         inv="KIT-10455", amt="465.00", due="2026-11-15",
         frm="Phil Danby <treasurer.ashleyrovers@gmail.com>",
         intent="paid", paid_on="2026-12-12",
         note="Part payment of £250 made today; balance only vaguely promised for January.",
         body="""Hi,

Just to let you know I've transferred £250 this morning as part payment for the laptop and printer setup at the clubhouse. Reference ASHLEY ROVERS FC.

The rest I'll get to you in January once the subs for the second half of the season come in, we're a bit stretched at the moment with the floodlight repair.

Thanks for your patience
Phil Danby
Treasurer, Ashley Rovers FC"""),

    dict(id="s18ena007", country="US", date="2026-12-11T22:57", fmt="gmail", stage="firm", ago=2,
         inv="BH-26-287", amt="2,180.00", due="2026-10-31",
         frm="Tony Russo <tony@russostrattoria.com>",
         intent="dispute",
         note="Angry: says crew came twice, not three times; won't pay as billed.",
         body="""This is the third email I get from you people and nobody has picked up the phone when I called. Your invoice says 3 maintenance visits in October. Your guys came TWICE. The 17th they never showed, I was there all day, ask my manager.

I am not paying for a visit that never happened. Send me a corrected invoice for 2 visits and I'll pay it same day. Until then stop with the threats.

Tony Russo
Russo's Trattoria"""),

    dict(id="s18ena008", country="GB", date="2026-12-14T09:26", fmt="outlook", stage="reminder", ago=3,
         inv="KIT-10501", amt="1,122.00", due="2026-12-04",
         frm="Sandra Pell <sandra.pell@nhs.net>",
         intent="copy_request",
         note="Needs the invoice re-sent with a PO number before it can be paid.",
         body="""Hello,

We don't seem to have received this invoice at all, it isn't on our system. Could you please re-send a copy to me, quoting our purchase order number (it should start with SHR-PO-) as finance won't process anything without it. If you don't have the PO number let me know and I'll dig it out.

Many thanks,

Sandra Pell
Practice Manager
Castlefields Medical Practice
Tel: 01743 244 810

This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it."""),

    dict(id="s18ena009", country="GB", date="2026-12-15T09:03", fmt="bounce", stage="reminder",
         inv="KIT-10398", amt="340.00", due="2026-10-30",
         rcpt="office@mortonsbakery-ludlow.co.uk", status="5.1.1", mta="amazonses.com",
         remote="mx1.livemail.co.uk",
         diag="550 5.1.1 <office@mortonsbakery-ludlow.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
office@mortonsbakery-ludlow.co.uk

The recipient's mail server permanently rejected the message."""),

    dict(id="s18ena010", country="FR", loc="US", date="2026-12-08T10:12", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="TB-2026-0698", amt="3 215,00", due="2026-11-20",
         frm="Mei Chen <mei@hudsonandloom.com>",
         intent="paid", paid_on="2026-12-04",
         note="Wire sent December 4th (US writer).",
         body="""Hello,

Sorry, my French is very limited so I hope English is ok. We sent a wire transfer for this invoice on December 4th from our Chase account, USD converted to EUR 3,215.00. International wires can take a few business days so it may not have arrived yet. Our reference on the wire was "HUDSON LOOM TB-2026-0698".

Please let me know if it does not show up by the end of the week.

Best,
Mei

Mei Chen
Owner, Hudson & Loom
218 Warren St, Hudson NY 12534"""),

    dict(id="s18ena011", country="GB", date="2026-12-16T20:18", fmt="apple", stage="firm", ago=4,
         inv="KIT-10432", amt="1,680.00", due="2026-11-06",
         frm="Craig Hollis <craighollisplumbing@btinternet.com>",
         intent="plan_request",
         note="Asks to pay in three instalments; no dates committed.",
         body="""Hi Gareth

Sorry I've been ignoring these. Truth is it's been a slow autumn and I've got two big jobs that haven't paid me yet. Is there any chance I can split the 1680 into 3 lots? I don't want to mess you about, you've always been good with me.

Let me know what works your end.

Craig

Sent from my iPad"""),

    dict(id="s18ena012", country="US", date="2026-12-21T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="BH-26-352", amt="8,900.00", due="2026-12-15",
         frm="Business Office <businessoffice@carolinaday.org>",
         intent="out_of_office", return_date="2027-01-04",
         note="School closed for winter break, reopens Monday January 4.",
         body="""Thank you for contacting the Carolina Day Academy Business Office.

Our offices are closed for Winter Break from Monday, December 21 through Friday, January 1. We will reopen on Monday, January 4, 2027 and will respond to messages in the order they were received.

Happy holidays!"""),

    dict(id="s18ena013", country="GB", date="2026-12-17T21:44", fmt="gmail", stage="reminder", ago=2,
         inv="KIT-10509", amt="95.00", due="2026-12-10",
         frm="Maureen Teague <mo.teague@hotmail.co.uk>",
         intent="promise",
         note="Household; promises to pay 'in the new year', no single day.",
         body="""hello

thank you for sorting the computer out it is working lovely now. I am a bit short with christmas coming so will pay this in the new year if thats alright, I havent forgotten

maureen teague"""),

    dict(id="s18ena014", country="GB", date="2026-12-15T12:07", fmt="html_outlook", stage="second_reminder", ago=6,
         inv=[("KIT-10466", "420.00", "2026-11-20"), ("KIT-10488", "210.00", "2026-11-30")],
         frm="Olivia Grant <olivia.grant@harper-grant.co.uk>",
         intent="contact_change", new_email="accounts@harper-grant.co.uk",
         note="Asks that invoices and reminders go to accounts@; no payment statement.",
         body="""Hi,

Could you please send these (and any future invoices) to accounts@harper-grant.co.uk rather than to me? I'm on the lettings side and it just sits in my inbox. I've forwarded these two over to them already.

Thanks,
Olivia

Olivia Grant
Lettings Manager | Harper Grant Estate Agents
3 Mardol Head, Shrewsbury SY1 1HD
01743 231 905"""),

    dict(id="s18ena015", country="US", date="2026-12-14T17:40", fmt="gmail", stage="reminder", ago=4,
         inv="BH-26-339", amt="2,650.00", due="2026-12-01",
         frm="Ray Pendleton <ray.pendleton@bellsouth.net>",
         intent="bank_details",
         note="Got a mail saying Blue Heron changed banks; asks to confirm before paying.",
         body="""Hello,

I'm the treasurer for the Beaver Lake Garden Club. Before I send anything I want to check something. Last Thursday we got an email that looked like it came from your office saying you had changed banks and to send payment to a new account at a different bank by wire. It didn't look quite right to me, the email address was slightly off.

Can someone call me and confirm what the correct payment details are? I'd rather be safe. My cell is 828-555-0162.

Ray Pendleton
Treasurer, Beaver Lake Garden Club"""),

    dict(id="s18ena016", country="GB", date="2026-12-19T13:12", fmt="gmail", stage="repeat", ago=1,
         inv="KIT-10419", amt="72.00", due="2026-11-01",
         frm="D Whitlock <dwhitlock1958@gmail.com>",
         intent="unsubscribe",
         note="Demands the automated emails stop; says nothing about paying.",
         body="""Take me off this mailing list. I do not want any more of these automated emails, if Kestrel has something to say to me they can pick up the phone like normal people.

D. Whitlock"""),

    dict(id="s18ena017", country="FR", date="2026-12-10T14:50", fmt="outlook", stage="reminder", ago=2,
         inv="TB-2026-0705", amt="2 190,00", due="2026-11-25",
         frm="Fiona MacLeod <accounts@glenarrochhotel.co.uk>",
         intent="promise", promise_date="2026-12-15",
         note="Reply Thu 10 Dec: payment on Tuesday 15 December.",
         body="""Hello,

Apologies for the late payment, our general manager only signed off the invoice yesterday. The euro payment is scheduled to leave our account on Tuesday 15 December.

Kind regards,

Fiona MacLeod
Accounts
Glenarroch House Hotel
Loch Awe, Argyll PA33 1AQ
+44 (0)1866 833 270"""),

    dict(id="s18ena018", country="US", date="2026-12-14T08:06", fmt="apple", stage="reminder", ago=3,
         inv="BH-26-344", amt="480.00", due="2026-12-05",
         frm="Greg Halvorsen <ghalvorsen@icloud.com>",
         intent="paid", paid_on="2026-12-13",
         note="Paid by card through the link 'last night' (Sunday 12/13).",
         body="""Paid it with a card through your link last night. Should have a receipt on your end.

Greg

Sent from my iPhone"""),

    dict(id="s18ena019", country="GB", date="2026-12-22T11:38", fmt="tb", stage="firm", ago=3,
         inv="KIT-10402", amt="3,460.00", due="2026-10-31",
         frm="Mark Felton <mark.felton@severnvalleyjoinery.co.uk>",
         intent="other",
         note="Company in administration; refers the creditor to the administrators. No payment promise.",
         body="""Dear Kestrel,

I am sorry to tell you that Severn Valley Joinery Ltd entered administration on 16 December 2026. I am no longer able to make any payments on behalf of the company.

Please direct any claim to the joint administrators, Price Hallam Insolvency LLP, 12 Castle Foregate, Shrewsbury. The case manager is Rachel Stokes (rachel.stokes@pricehallam.co.uk). They will be writing to all creditors in the next few weeks.

I appreciate this isn't what you want to hear and I'm sorry it's come to this.

Mark Felton
Former Managing Director"""),

    dict(id="s18ena020", country="GB", date="2026-12-15T16:22", fmt="outlook", stage="second_reminder", ago=1, fwd=True,
         inv=[("KIT-10471", "1,350.00", "2026-11-24"), ("KIT-10477", "588.00", "2026-11-28")],
         frm="Sue Barraclough <sue@wrekinveterinary.co.uk>",
         intent="promise", promise_date="2026-12-21",
         note="Assistant forwards the partner's answer: both invoices paid on the 21st (Monday 21 Dec).",
         body="""Hi,

Please see below from Dr Ahmed re your reminder.

Kind regards
Sue
Reception & Admin, Wrekin Veterinary Centre

-----Original Message-----
From: Imran Ahmed <imran@wrekinveterinary.co.uk>
Sent: 15 December 2026 15:58
To: Sue Barraclough <sue@wrekinveterinary.co.uk>
Subject: RE: Second reminder

Sue - can you tell them both of these will be paid on the 21st with the rest of the suppliers. Sorry for the delay, the new server install threw our month out.
I"""),

    dict(id="s18ena021", country="US", date="2027-01-05T10:20", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="BH-26-360", amt="1,940.00", due="2026-12-18",
         frm="Pam Cartwright <office@grovestreetumc.org>",
         intent="promise", promise_date="2027-01-08",
         note="US month-first date: 1/8 = 8 January 2027.",
         body="""Good morning!

Happy New Year. Our finance committee meets Thursday night and signs checks then, so I will have this check in the mail on 1/8. Thank you for your patience over the holidays and for the beautiful job on the memorial garden.

Blessings,
Pam Cartwright
Church Administrator
Grove Street United Methodist Church
(828) 555-0118"""),

    dict(id="s18ena022", country="GB", date="2027-01-06T14:02", fmt="html_outlook", stage="repeat", ago=2,
         inv=[("KIT-10493", "744.00", "2026-12-01"), ("KIT-10512", "1,980.00", "2026-12-11")],
         frm="Accounts Payable <ap@marchesfoods.co.uk>",
         intent="paid", paid_on="2027-01-06",
         note="Both invoices paid by BACS today.",
         body="""Good afternoon,

Both of the invoices listed below were paid by BACS today (total £2,724.00). Apologies for the delay, our payment runs were suspended over the Christmas shutdown.

Remittance advice attached.

Regards,

Nicola Evans
Accounts Payable
Marches Foods Ltd
Tel: 01568 612 440

Marches Foods Ltd. Registered office: Leominster Enterprise Park, Leominster HR6 0LD. Registered in England No. 04128853."""),

    dict(id="s18ena023", country="US", date="2026-12-28T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="BH-26-357", amt="3,125.00", due="2026-12-20",
         frm="Jason Whitaker <jwhitaker@blueridgedentalgroup.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Out through January 1st; back Monday January 4.",
         body="""Hi,

I am out of the office through Friday, January 1st with limited access to email. I will be back on Monday, January 4th. If this is about a patient matter, please call the front desk at (828) 555-0175.

Thanks,
Jason"""),

    dict(id="s18ena024", country="FR", date="2026-12-16T10:55", fmt="gmail", stage="reminder", ago=2,
         inv="TB-2026-0722", amt="1 740,00", due="2026-12-05",
         frm="Aoife Brennan <aoife@threadandhearth.ie>",
         intent="copy_request",
         note="Needs an invoice in English showing both VAT numbers (reverse charge) before it can be paid.",
         body="""Hi,

Thanks for the reminder. We can't pay from this one I'm afraid, our accountant has sent it back because it doesn't show our VAT number (IE 3847261WH) or the reverse charge wording, and it's only in French. Could you send us a corrected copy of the invoice with both VAT numbers on it? An English version would be great if you have one.

Once we have that I'll pay it straight away.

Thanks a mil,
Aoife Brennan
Thread & Hearth
Unit 3, Market Yard, Kilkenny"""),

    dict(id="s18ena025", country="GB", date="2027-01-08T12:31", fmt="outlook", stage="reminder", ago=3,
         inv="KIT-10521", amt="385.00", due="2026-12-31",
         frm="Tom Baverstock <t.baverstock@priorygrange.shropshire.sch.uk>",
         intent="dispute",
         note="Says the repair was covered by the warranty Kestrel sold; contests the charge.",
         body="""Hello,

I've had a look at this invoice for the repair of the two Chromebooks from Year 5. Those devices were supplied by yourselves in April as part of the 30-unit order with a three-year on-site warranty, which was included in the price (quote Q-2231). I'd expect the repair to be covered under that warranty rather than charged.

Could you check and either cancel the invoice or explain why it falls outside the warranty? We won't be paying it until this is cleared up.

Regards,

Tom Baverstock
IT & Data Manager
Priory Grange Academy"""),

    dict(id="s18ena026", country="US", date="2027-01-07T18:48", fmt="gmail", stage="second_reminder", ago=3,
         inv="BH-26-349", amt="760.00", due="2026-12-10",
         frm="Kyle and Amber Dempsey <dempseyfam@gmail.com>",
         intent="promise",
         note="'Next week', no specific day.",
         body="""Hey, sorry about this. Amber thought I paid it and I thought she did lol. We'll get it taken care of next week.

Kyle"""),

    dict(id="s18ena027", country="GB", date="2027-01-07T09:57", fmt="gmail", stage="repeat", ago=1,
         inv="KIT-10448", amt="228.00", due="2026-11-12",
         frm="Bev Clarke <bevs.beauty.bar@outlook.com>",
         intent="paid", paid_on="2027-01-04",
         note="Reply Thursday 7 Jan: paid 'on monday' = 4 Jan.",
         body="""hiya i paid this on monday through the bank, had to do it from my personal acount as the business card was blocked so it might have come through as B CLARKE not bevs beauty bar. can you check for me

thanks bev x"""),

    dict(id="s18ena028", country="GB", date="2026-12-30T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="KIT-10527", amt="612.00", due="2026-12-23",
         frm="Andy Pryor <andy@pryorlandscaping.co.uk>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; first working day back Monday 11 January.",
         body="""Hi, thanks for your email.

I'm away with the family until Friday 8th January and won't be checking emails. I'll get back to you when I return.

Andy"""),

    dict(id="s18ena029", country="US", date="2027-01-11T20:33", fmt="gmail", stage="final_notice", ago=4,
         inv="BH-26-305", amt="3,850.00", due="2026-11-15",
         frm="Carol Benton <carol.benton54@gmail.com>",
         intent="plan_request",
         note="Asks to pay in monthly installments after medical bills; no date committed.",
         body="""To whom it may concern,

I received your final notice and I want to be honest with you. My husband had surgery in November and between the hospital bills and being out of work it has been a very hard couple of months. I have not forgotten about the retaining wall and I intend to pay every cent.

Would it be possible to set up monthly payments? I could probably manage a few hundred a month starting in February but I would like to talk to someone about what would work. Please don't send this to collections.

Thank you,
Carol Benton
(828) 555-0139"""),

    dict(id="s18ena030", country="GB", date="2027-01-11T08:44", fmt="apple", stage="second_reminder", ago=4,
         inv="KIT-10504", amt="145.00", due="2026-12-07",
         frm="Rebecca Hume <beckyhume@me.com>",
         intent="other",
         note="Says she is the wrong recipient; never used Kestrel.",
         body="""Hi,

I think you've got the wrong email address. I've never used Kestrel IT and I don't live in Shropshire. Maybe there's another Rebecca Hume? Please check your records.

Thanks
Becky"""),

    dict(id="s18ena031", country="US", date="2026-12-21T13:26", fmt="html_outlook", stage="second_reminder", ago=4,
         inv=[("BH-26-322", "4,300.00", "2026-11-20"), ("BH-26-336", "1,150.00", "2026-11-30")],
         frm="Accounts Payable <accountspayable@pisgahmedical.org>",
         intent="paid", paid_on="2026-12-18",
         note="ACH issued 12/18/2026 for both invoices.",
         body="""Hello,

Payment for both invoices was issued via ACH on 12/18/2026 in the amount of $5,450.00, payment reference 00418862. Please allow 2-3 business days for the funds to post.

If you have any questions please reply to this mailbox and reference the payment number.

Thank you,

Accounts Payable Department
Pisgah Valley Medical Center
1 Hospital Dr, Brevard, NC 28712

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s18ena032", country="GB", date="2027-01-12T23:10", fmt="gmail", stage="firm", ago=2,
         inv="KIT-10476", amt="890.00", due="2026-11-26",
         frm="Steve Barlow <steve@thegreyhoundinn-cleobury.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="'By the end of January' = 31 Jan.",
         body="""Evening,

January's dead as a doornail as always after Christmas but I'll have this cleared by the end of January. The new till system's working a treat by the way, cheers for that.

Steve
The Greyhound Inn
01299 270 114"""),

    dict(id="s18ena033", country="FR", loc="US", date="2027-01-11T12:40", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("TB-2026-0748", "5 380,00", "2026-12-15"), ("TB-2026-0761", "960,00", "2026-12-22")],
         frm="Rachel Kim <rkim@casamira-hotels.com>",
         intent="promise", promise_date="2027-01-15",
         note="Controller releases payment Friday January 15 (reply Mon 11 Jan).",
         body="""Bonjour,

Thank you for your patience. Both invoices have been approved and our controller will release the international payment on Friday, January 15. I'll send you the SWIFT confirmation once it's out.

Merci,
Rachel Kim
Purchasing Manager
Casa Mira Hotels | Santa Barbara, CA
+1 805 555 0127"""),

    dict(id="s18ena034", country="US", date="2027-01-12T15:17", fmt="outlook", stage="reminder", ago=2,
         inv="BH-26-364", amt="2,275.00", due="2027-01-01",
         frm="Brian Tolliver <btolliver@summitcommunityliving.com>",
         intent="contact_change", new_email="ap@summitcommunityliving.com",
         note="Asks to send invoices/reminders to the AP mailbox.",
         body="""Hi,

I'm the community manager at Hawthorne Commons and I don't process payments. Please send all invoices and reminders to our AP team at ap@summitcommunityliving.com and include the property name (Hawthorne Commons) in the subject line so it gets coded correctly.

Thanks,
Brian Tolliver
Community Manager, Hawthorne Commons
Summit Community Living"""),

    dict(id="s18ena035", country="GB", date="2027-01-13T11:09", fmt="tb", stage="reminder", ago=1,
         inv="KIT-10530", amt="1,560.00", due="2027-01-05",
         frm="Howard Lyle <howard@lylearchitects.co.uk>",
         intent="bank_details",
         note="Asks for sort code and account number to pay by bank transfer instead of the link.",
         body="""Hello,

We don't pay through online card links as a matter of policy. Could you send me your sort code and account number so I can set Kestrel up as a payee and pay this by bank transfer? Ideally on headed paper or on the invoice itself, as our bank now asks us to verify new payees.

Regards,
Howard Lyle
Lyle Associates Architects
01743 272 601"""),

    dict(id="s18ena036", country="US", date="2027-01-13T09:48", fmt="gmail", stage="reminder", ago=6,
         inv="BH-26-362", amt="5,640.00", due="2026-12-31",
         frm="Margaret Sutter <msutter.oakhollowhoa@gmail.com>",
         intent="dispute",
         note="Disputes the change order for extra mulch and stone; will only pay the contracted amount.",
         body="""Hello,

The board reviewed this invoice at our January meeting. The contract for the entrance beds was for $4,200.00. The additional $1,440.00 is labeled as a change order for extra mulch and river stone, but no one on the board approved a change order, in writing or otherwise.

We are prepared to pay the $4,200.00 contract amount. We are not going to pay the additional charge unless you can show us a signed change order. Please send a revised invoice.

Margaret Sutter
President, Oak Hollow HOA Board"""),

    dict(id="s18ena037", country="GB", date="2027-01-13T17:52", fmt="gmail", stage="repeat", ago=1,
         inv="KIT-10463", amt="320.00", due="2026-11-19",
         frm="Lee Parfitt <leeparfittelectrical@gmail.com>",
         intent="promise", promise_date="2027-01-14",
         note="'tmrw' in a reply of Wednesday 13 Jan = 14 Jan.",
         body="""sorry mate been flat out, will sort tmrw first thing

lee"""),

    dict(id="s18ena038", country="FR", date="2027-01-05T09:35", fmt="apple", stage="repeat", ago=1,
         inv="TB-2026-0714", amt="1 125,00", due="2026-12-01",
         frm="Priya Shah <priya@shahandrose.co.uk>",
         intent="paid", paid_on="2026-12-22",
         note="Paid via Wise on 22/12 (British dd/mm).",
         body="""Hi,

We paid this via Wise on 22/12 – the confirmation says it arrived in your account the next day. Transfer ref is P2298451. Could you double check before sending any more reminders?

Thanks,
Priya

Priya Shah
Shah & Rose, Brighton"""),

    dict(id="s18ena039", country="FR", date="2026-12-23T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="TB-2026-0689", amt="2 870,00", due="2026-11-15",
         frm="Sanne de Vries <s.devries@hotelkeizersgracht.nl>",
         intent="out_of_office", return_date="2027-01-07",
         note="English auto-reply from a Dutch customer; back Thursday 7 January.",
         body="""Dear sender,

Thank you for your message. I am on holiday and will be back in the office on Thursday 7 January 2027. Your email will not be forwarded.

For urgent matters regarding reservations please contact reservations@hotelkeizersgracht.nl. For invoices please contact finance@hotelkeizersgracht.nl.

Kind regards,
Sanne de Vries
Hotel Keizersgracht Amsterdam"""),

    dict(id="s18ena040", country="GB", date="2027-01-14T14:25", fmt="tb", stage="second_reminder", ago=3,
         inv="KIT-10523", amt="210.00", due="2026-12-24",
         frm="Rev. Julia Ainsworth <vicar@stlaurence-ludlow.org.uk>",
         intent="paid", paid_on="2027-01-12",
         note="Cheque posted 'Tuesday' in a reply of Thursday 14 Jan = 12 Jan.",
         body="""Dear Gareth,

Our treasurer tells me a cheque went in the post to you on Tuesday, so hopefully it will have reached you by now or will in the next day or two. Do let me know if it hasn't turned up by next week.

With thanks for all your help with the parish office computer,

Julia

The Revd Julia Ainsworth
Rector, St Laurence's, Ludlow"""),

    dict(id="s18ena041", country="US", date="2027-01-14T12:03", fmt="html_gmail", stage="reminder", ago=2,
         inv="BH-26-366", amt="1,385.00", due="2027-01-05",
         frm="Dana Whitley <dana@whitleyfarmhouse.com>",
         intent="promise", promise_date="2027-01-20",
         note="Promise 'by the 20th'; side question about spring planting is secondary.",
         body="""Hi Sarah,

Got your reminder. I'll have this paid by the 20th, we just had a slow stretch at the B&B over the holidays.

Separate question: can someone come out in February to talk about the spring beds along the porch? We'd like to add more native perennials this year and maybe a small rain garden by the parking area. Let me know what days you have.

Thanks!
Dana Whitley
Whitley Farmhouse B&B
(828) 555-0150"""),

    dict(id="s18ena042", country="GB", date="2027-01-15T10:48", fmt="html_outlook", stage="firm", ago=3,
         inv="KIT-10490", amt="1,440.00", due="2026-12-02",
         frm="Eleanor Vaughan <evaughan@vaughanmorrissolicitors.co.uk>",
         intent="dispute",
         note="Invoice bills 12 hours; agreed fixed fee of £600; contests the amount.",
         body="""Dear Sirs,

Invoice KIT-10490

I refer to your reminder of 12 January and to the invoice above, which charges 12 hours of engineer time at £120 per hour for the migration of our email system to Microsoft 365.

This work was quoted and accepted on a fixed-fee basis of £600 plus VAT. I enclose a copy of your email of 14 October 2026 confirming that figure. The overrun was, as I understand it, caused by a configuration error on your side which required the work to be redone on the second day, and I do not consider that we should bear the cost of it.

We are content to settle the invoice at the agreed fee on receipt of an amended invoice or a credit note for the balance. In the meantime, please treat the invoice as disputed and refrain from charging statutory interest on the disputed sum.

Yours faithfully,

Eleanor Vaughan
Practice Manager
Vaughan Morris Solicitors
18 Claremont Hill, Shrewsbury SY1 1RD
DX 19714 Shrewsbury | T 01743 350 622

Vaughan Morris Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612044). This email is confidential and may be legally privileged."""),

    dict(id="s18ena043", country="US", date="2027-01-18T08:30", fmt="apple", stage="heads_up", ago=3,
         inv="BH-27-004", amt="350.00", due="2027-01-25",
         frm="Nora Feldman <nfeldman@me.com>",
         intent="unsubscribe",
         note="Asks to be taken off the automated reminder emails; nothing about payment.",
         body="""Hi,

Could you please take me off these automated reminder emails? I get the monthly invoice from you already, I don't need three more emails about each one. Thank you.

Nora Feldman"""),

    dict(id="s18ena044", country="GB", date="2027-01-18T15:14", fmt="outlook", stage="final_notice", ago=5,
         inv=[("KIT-10458", "960.00", "2026-11-18"), ("KIT-10485", "1,275.00", "2026-11-30")],
         frm="Gemma Lowe <gemma.lowe@shropshirecarersnetwork.org.uk>",
         intent="plan_request",
         note="Charity asks to spread the two invoices over the next few months; no firm date.",
         body="""Dear Kestrel IT,

I'm writing on behalf of Shropshire Carers Network regarding the two outstanding invoices. I'm really sorry these have gone so far over.

Our quarterly grant payment from the council has been delayed (we were told before Christmas that it was coming and it still hasn't arrived), and as a small charity we don't have reserves to cover it. Would you be willing to let us spread the £2,235 over the next three or four months? We'd rather agree something realistic than promise a date we can't keep.

I'm in the office Monday to Wednesday on 01743 281 477 if it's easier to talk.

With thanks,

Gemma Lowe
Operations Coordinator
Shropshire Carers Network
Registered charity no. 1148802"""),

    dict(id="s18ena045", country="FR", date="2027-01-19T11:26", fmt="gmail", stage="second_reminder", ago=5,
         inv="TB-2026-0779", amt="1 460,00", due="2027-01-05",
         frm="Tamsin Wood <tamsin@woodandwarp.co.uk>",
         intent="other",
         note="Has passed the reminder to her bookkeeper; no payment commitment or date.",
         body="""Bonjour Madame,

Thanks for your email, I've forwarded this to our bookkeeper, Dave, who handles all our payments to overseas suppliers. He only works for us two days a week so he'll be in touch with you directly.

Best wishes,
Tamsin

Wood & Warp
Textiles & Upholstery, Frome"""),

    dict(id="s18ena046", country="US", date="2027-01-20T14:08", fmt="outlook", stage="second_reminder", ago=2,
         inv="BH-26-370", amt="2,960.00", due="2027-01-08",
         frm="Lisa Moreno <lmoreno@highcountrybrewing.com>",
         intent="copy_request",
         note="Needs a W-9 on file before the vendor can be paid.",
         body="""Hi,

We can't cut a check to a new vendor without a W-9 on file, and I don't have one for Blue Heron. Can you send me a signed W-9 (2024 revision or later is fine)? As soon as I have it I'll get this into our next payment run.

Thanks,

Lisa Moreno
Office Manager | High Country Brewing Co.
(828) 555-0186"""),

    dict(id="s18ena047", country="GB", date="2027-01-18T09:12", fmt="html_gmail", stage="reminder", ago=4,
         inv="KIT-10535", amt="2,106.00", due="2027-01-08",
         frm="Rhys Morgan <rhys@morganandsonsbuilders.co.uk>",
         intent="promise", promise_date="2027-01-21",
         note="Reply Monday 18 Jan: 'our payment run is Thursday' = 21 Jan.",
         body="""Morning,

Got this, thanks. It's on the list for our payment run this Thursday.

Cheers,
Rhys

Rhys Morgan
Morgan & Sons Builders Ltd
07700 915 348"""),

    dict(id="s18ena048", country="US", date="2027-01-25T11:42", fmt="gmail", stage="reminder", ago=4,
         inv="BH-27-011", amt="615.00", due="2027-01-15",
         frm="Marcus Hill <marcushill.atl@gmail.com>",
         intent="paid", paid_on="2027-01-22",
         note="Paid online Friday 1/22 (reply Monday 1/25).",
         body="""Hi Sarah, I paid this online on Friday 1/22, confirmation number BH-7741. Let me know if you don't see it.

Thanks,
Marcus"""),

    dict(id="s18ena049", country="GB", date="2027-01-26T16:37", fmt="tb", stage="firm", ago=2,
         inv="KIT-10518", amt="1,830.00", due="2026-12-18",
         frm="Neil Cartwright <neil@cartwrightdesignprint.co.uk>",
         intent="promise",
         note="Promises payment 'early February', once a client has paid; no single day.",
         body="""Hi Gareth,

Sorry this has dragged on. One of our biggest clients is 60 days late paying us, which has knocked everything back. They've promised payment this week, and as soon as it lands I'll clear yours - realistically early February.

Neil

--
Neil Cartwright
Cartwright Design & Print
01952 610 233"""),

    dict(id="s18ena050", country="FR", loc="US", date="2027-01-26T09:20", fmt="gmail", stage="reminder", ago=1,
         inv="TB-2027-0012", amt="890,00", due="2027-01-20",
         frm="Jenna Alvarez <jenna@thewovenroom.com>",
         intent="promise", promise_date="2027-01-29",
         note="'Payment will go out on the 29th' = 29 January.",
         body="""Hi! Sorry, I was traveling last week. Payment will go out on the 29th when our account gets topped up.

Merci!
Jenna

The Woven Room | Austin, TX"""),
]
