"""Set 13, part en_a: English replies to three invented firms.

FR: Menuiserie Lemaire & Fils SARL (joinery, La Clusaz) - British / Dutch / American chalet and house owners writing English.
GB: Pennine Fire & Safety Ltd (fire alarms, extinguishers, emergency lighting, Calder Valley).
US: Cedar Valley Pest Control LLC (Harrisonburg, VA).
Every body below is written by hand for its case.
"""

CASES = [
    # ------------------------------------------------------------------ promise
    dict(id="s13ena001", country="GB", date="2026-12-08T21:47", fmt="gmail", stage="reminder", ago=6,
         inv="PFS-11482", amt="186.00", due="2026-11-20",
         frm="Gary Stott <garystott.lettings@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Landlord: will pay 'friday' when the rents come in; reply Tue 8 Dec -> Fri 11 Dec.",
         body="""hi yes sorry this one slipped thru, il pay it friday when the rents come in

Gary"""),

    dict(id="s13ena002", country="US", date="2026-12-14T10:22", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="CV-20931", amt="340.00", due="2026-11-15",
         frm="Renee Whitfield <rwhitfield@littleacornsela.org>",
         intent="promise", promise_date="2026-12-17",
         note="Daycare: check will be mailed Thursday 12/17; ACH form question is secondary.",
         body="""Good morning,

Thank you for the reminder, and my apologies for the delay on this one. Invoice CV-20931 was approved at our board meeting last week, but our treasurer only signs checks on Thursdays. A check for $340.00 will be mailed to your Old Mill Rd address on Thursday, 12/17.

If you would prefer ACH going forward, please send me your ACH authorization form and I will get it set up for the new year.

Warm regards,

Renee Whitfield
Center Director
Little Acorns Early Learning Center
(540) 555-0148 | rwhitfield@littleacornsela.org
A 501(c)(3) nonprofit organization"""),

    dict(id="s13ena003", country="FR", date="2026-12-10T19:03", fmt="apple", stage="reminder", ago=3,
         inv="ML-26-0412", amt="4 860,00", due="2026-11-30",
         frm="Helen Marsh <helen.marsh@btinternet.com>",
         intent="promise", promise_date="2026-12-18",
         note="British chalet owner: transfer before flying out on the 19th, 'by the 18th at the latest'. The 19th is the flight, not the payment.",
         body="""Hi Pierre,

So sorry, I thought Tom had done this and he thought I had! We're flying out to the chalet on the 19th so I'll make sure the transfer's gone before then, by the 18th at the latest.

The new shutters look amazing in the photos btw.

Helen

Sent from my iPhone"""),

    dict(id="s13ena004", country="GB", date="2027-01-06T07:12", fmt="gmail", stage="second_reminder", ago=1,
         inv="PFS-11611", amt="96.00", due="2026-12-15",
         frm="Ironhouse Gym <ironhousegym.todmorden@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Very short: 'will pay monday'; reply Wed 6 Jan -> Mon 11 Jan.",
         body="""ok will pay monday

Dan"""),

    dict(id="s13ena005", country="US", date="2027-01-08T12:40", fmt="tb", stage="reminder", ago=3,
         inv="CV-21107", amt="415.00", due="2026-12-20",
         frm="Hostetler Dairy <hostetlerdairy@shentel.net>",
         intent="promise", promise_date="2027-01-15",
         note="Dairy farm: will pay the same day the milk check comes, 1/15; side question about a separate barn invoice.",
         body="""Hello,

Got your reminder. We get our milk check on 1/15 and I will pay this the same day, I always do my bills when that comes in.

Was the barn treatment from October billed separate or is it on this one? Just so I know what all to pay.

Thank you,
Ruth Hostetler
Hostetler Dairy Farm
540-555-0193"""),

    dict(id="s13ena006", country="GB", date="2027-01-14T13:05", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("PFS-11502", "264.00", "2026-12-04"), ("PFS-11590", "138.00", "2026-12-18")],
         frm="Sunflower Day Nursery <office@sunflowerdaynursery.co.uk>",
         intent="promise", promise_date="2027-01-29",
         note="Partial payment: PFS-11502 paid today (14 Jan); the open balance PFS-11590 is promised for Friday 29th January, which is what remains to follow up.",
         body="""Hi,

We've paid PFS-11502 (£264.00) today by bank transfer. Unfortunately we can only stretch to one of them this week as we're still waiting on the council's early years funding payment for the spring term.

The other one, PFS-11590, will be paid on Friday 29th January once the funding lands.

Sorry for the delay, and thank you for your patience.

Kind regards

Joanne Pickles
Nursery Manager
Sunflower Day Nursery
14 Moorside Road, Heckmondwike WF16 0HQ
Tel: 01924 403 776
Ofsted URN EY482731"""),

    dict(id="s13ena007", country="US", date="2026-12-15T16:18", fmt="gmail", stage="reminder", ago=8,
         inv="CV-20988", amt="225.00", due="2026-11-30",
         frm="Marcus Bell <marcus@bellrentalsva.com>",
         intent="promise", promise_date="2026-12-18",
         note="Landlord: 'taken care of by Friday 12/18'.",
         body="""Hey, thanks for the heads up. I've got a few of these from you guys for different units, I'll get this one taken care of by Friday 12/18.

Marcus Bell
Bell Rentals
(540) 555-0117"""),

    dict(id="s13ena008", country="GB", date="2026-12-22T18:30", fmt="apple", stage="reminder", ago=7,
         inv="PFS-11555", amt="72.00", due="2026-12-10",
         frm="Lee Hargreaves <lee@hargreaveselectrical.co.uk>",
         intent="promise", promise_date="2027-01-04",
         note="Sole trader electrician: will pay 'on the 4th' (next month, after Christmas) when the main contractor pays him.",
         body="""Hi, sorry about this. Main contractor still hasn't paid me for November so I'm a bit stuck until the new year. They've promised it for the 4th so I'll pay you on the 4th, first thing.

Cheers
Lee

Hargreaves Electrical
07723 418 902

Sent from my iPhone"""),

    dict(id="s13ena009", country="FR", date="2026-12-09T11:47", fmt="outlook", stage="second_reminder", ago=2,
         inv="ML-26-0378", amt="2 340,00", due="2026-11-15",
         frm="Joost van Rijn <joost@alpinerent-laclusaz.com>",
         intent="promise", promise_date="2027-01-15",
         note="Dutch ski-rental shop writing English: bank transfer on 15/01/2027.",
         body="""Dear Mr Lemaire,

Thank you for your message. I am sorry for the late payment. December is always a difficult month for us because the season only starts now and we had many costs for the new skis and the shop counter.

We will pay the invoice ML-26-0378 by bank transfer on 15/01/2027, when the first weeks of rental are paid to us by the tour operators. I hope this is okay for you.

With kind regards,

Joost van Rijn
Alpine Rent La Clusaz
+33 6 71 28 44 90"""),

    dict(id="s13ena010", country="GB", date="2026-12-16T23:14", fmt="gmail", stage="firm", ago=2,
         inv="PFS-11520", amt="312.00", due="2026-11-27",
         frm="Sandra Greenwood <shoulderofmutton.hebden@gmail.com>",
         intent="promise",
         note="Pub landlady: 'first thing next week' is a window, no single day.",
         body="""Sorry love been manic with the christmas bookings. Ill get it settled first thing next week, promise.
Sandra
Shoulder of Mutton"""),

    dict(id="s13ena011", country="US", date="2026-12-21T09:55", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="CV-21040", amt="180.00", due="2026-12-01",
         frm="Summit Strength & Conditioning <frontdesk@summitstrengthhburg.com>",
         intent="promise",
         note="Gym front desk: will be paid 'after the holidays' when the owner is back; no date.",
         body="""Hi there,

Sorry about this, the owner is traveling and he's the only one who can approve payments. We'll get it paid after the holidays when he's back.

Thanks for understanding!
Kayla
Front Desk | Summit Strength & Conditioning
(540) 555-0166"""),

    dict(id="s13ena012", country="GB", date="2027-01-12T10:08", fmt="tb", stage="final_notice", ago=4,
         inv=[("PFS-11395", "418.80", "2026-10-31"), ("PFS-11478", "96.00", "2026-11-20")],
         frm="Margaret Ainsworth <accounts@lowfoldfarm.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Farm secretary, formal: both invoices to be paid by BACS 'at the end of the month' (January) -> 31 January.",
         body="""Dear Sirs,

I write on behalf of Mr and Mrs J. Ainsworth, Low Fold Farm, in response to your email of 8th January.

I must apologise for the delay in settling the two invoices referred to. The farm's accounts were moved to a new bookkeeping system over the autumn and, regrettably, several supplier invoices were not carried across. Yours were among them. This has now been corrected.

I can confirm that both invoices, PFS-11395 and PFS-11478, totalling £514.80, have been entered for payment and will be paid by BACS at the end of the month, when we make our usual supplier payments. I trust that this will be acceptable and that no further action will be necessary.

Should you need to contact me in the meantime, I am in the farm office on Tuesdays and Thursdays.

Yours faithfully,

Margaret Ainsworth
Farm Secretary
Low Fold Farm, Colne Road, Trawden BB8 8PS
01282 869 554"""),

    dict(id="s13ena013", country="US", date="2027-01-20T20:31", fmt="apple", stage="reminder", ago=6,
         inv="CV-21230", amt="95.00", due="2027-01-10",
         frm="Brittany Cole <brittcole22@yahoo.com>",
         intent="promise",
         note="Tenant: 'next week when I get paid' - a window, no date.",
         body="""Hi I know I owe this, I had to pay for my car repair this month. I can pay it next week when I get paid. Sorry!!

Brittany (apt 4B)

Sent from my iPhone"""),

    # ------------------------------------------------------------------ paid
    dict(id="s13ena014", country="GB", date="2026-12-07T08:41", fmt="gmail", stage="reminder", ago=3,
         inv="PFS-11470", amt="144.00", due="2026-11-18",
         frm="Anil Mistry <anil.mistry.property@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="Landlord paid 'this morning'; the request for the alarm test certificate is a side matter.",
         body="""Morning,

Paid this morning by bank transfer, reference PFS-11470. Apologies, I was away most of November.

Can you also send me the certificate for the alarm test at 22 Lister Lane? The tenants are asking for it.

Thanks
Anil"""),

    dict(id="s13ena015", country="US", date="2026-12-09T14:12", fmt="html_gmail", stage="reminder", ago=2,
         inv="CV-20962", amt="265.00", due="2026-11-25",
         frm="Rosa Delgado <rosa@lacasitarestaurantva.com>",
         intent="paid", paid_on="2026-12-04",
         note="Restaurant: check mailed on 12/4 (month-first), check #5521.",
         body="""Hi,

We mailed a check for this on 12/4, check #5521 for $265.00. It should be there any day now. Please let me know if you don't get it by next week.

Thank you,
Rosa Delgado
La Casita Mexican Restaurant
118 E Market St, Harrisonburg VA
(540) 555-0109"""),

    dict(id="s13ena016", country="FR", date="2027-01-05T09:20", fmt="gmail", stage="reminder", ago=1,
         inv="ML-26-0441", amt="7 215,00", due="2026-12-20",
         frm="David Okafor <d.okafor.uk@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="British couple: transfer went out 'yesterday' (reply 5 Jan -> 4 Jan) via Wise.",
         body="""Bonjour Monsieur Lemaire,

I think our payment crossed with your email - the transfer went out yesterday from our Wise account, €7,215.00, reference ML-26-0441. Wise says it should arrive today or tomorrow.

Happy new year to you and the team, and thank you again for the staircase, it's beautiful.

Best wishes,
David & Claire Okafor
Le Grand Pré, Thônes"""),

    dict(id="s13ena017", country="GB", date="2026-12-14T11:30", fmt="outlook", stage="second_reminder", ago=4,
         inv="PFS-11512", amt="228.00", due="2026-11-30",
         frm="Becky Lord <admin@littleowlsnursery.co.uk>",
         intent="paid", paid_on="2026-12-11",
         note="Assistant passes on the owner's answer (written Mon 14 Dec): paid 'on Friday' -> 11 Dec.",
         body="""Hello,

Please see Karen's reply below, she asked me to pass it on to you.

Thanks
Becky
Admin, Little Owls Nursery

From: Karen Dawson
Sent: 14 December 2026 10:52
To: Becky Lord
Subject: RE: fire alarm invoice

Becky that was paid on Friday, I did it from the business account myself. Can you let them know please. K"""),

    dict(id="s13ena018", country="US", date="2027-01-13T07:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="CV-21160", amt="310.00", due="2026-12-28",
         frm="Tom Brenneman <brennemanorchards@gmail.com>",
         intent="paid", paid_on="2027-01-12",
         note="Orchard: paid online by card 'last night' (reply Wed 13 Jan early morning -> 12 Jan).",
         body="""paid it online with my card last night. should show on your end

Tom Brenneman
Brenneman Orchards"""),

    dict(id="s13ena019", country="GB", date="2026-12-21T15:02", fmt="html_outlook", stage="repeat", ago=3,
         inv=[("PFS-11433", "540.00", "2026-11-10"), ("PFS-11460", "540.00", "2026-11-17"), ("PFS-11499", "270.00", "2026-11-30")],
         frm="Accounts Payable <ap@pulsefitnessclubs.co.uk>",
         intent="paid", paid_on="2026-12-18",
         note="Gym chain AP: all three invoices in the payment run of 18/12/2026.",
         body="""Dear Pennine Fire & Safety,

Thank you for your email.

Please be advised that the invoices listed below were included in our payment run on 18/12/2026 and should reach your account within 3 working days:

PFS-11433 – £540.00
PFS-11460 – £540.00
PFS-11499 – £270.00
Total: £1,350.00

A remittance advice was sent to accounts@penninefire.co.uk on the same date.

Kind regards,

Accounts Payable Team
Pulse Fitness Clubs Ltd
Pulse House, 3 Wharf Street, Leeds LS2 7EQ
Tel: 0113 496 0821

Pulse Fitness Clubs Ltd is registered in England and Wales, company number 09318842. Registered office: Pulse House, 3 Wharf Street, Leeds LS2 7EQ. This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error, please notify the sender and delete it from your system."""),

    dict(id="s13ena020", country="US", date="2026-12-17T13:44", fmt="outlook", stage="reminder", ago=3,
         inv="CV-21012", amt="1,140.00", due="2026-12-05",
         frm="Jennifer Alcott <jalcott@shenandoahresidential.com>",
         intent="paid",
         note="Property manager: already paid through AP portal by ACH; no payment date given.",
         body="""Hello,

This invoice was approved and paid through our AP portal. Payments go out by ACH and typically take 3-5 business days to post, so it should hit your account shortly.

For future invoices please reference the property name (Riverbend Commons) so AP can match them faster.

Thank you,

Jennifer Alcott
Assistant Property Manager | Riverbend Commons
Shenandoah Residential Group
O: (540) 555-0135 | F: (540) 555-0136"""),

    dict(id="s13ena021", country="GB", date="2027-01-07T17:52", fmt="gmail", stage="firm", ago=3,
         inv="PFS-11570", amt="58.80", due="2026-12-12",
         frm="Craig Whitworth <craigwhitworthbuilding@gmail.com>",
         intent="paid", paid_on="2027-01-07",
         note="Builder: 'sent it over just now' -> paid today.",
         body="""sent it over just now mate sorry for the delay, xmas was carnage

Craig"""),

    dict(id="s13ena022", country="FR", date="2027-01-04T10:15", fmt="html_outlook", stage="second_reminder", ago=7,
         inv=[("ML-26-0395", "1 150,00", "2026-11-20"), ("ML-26-0420", "865,00", "2026-12-05")],
         frm="Sophie Barker <accounts@peakchalets-morzine.com>",
         intent="paid", paid_on="2026-12-22",
         note="Chalet company run by Brits: both invoices paid in one transfer on 22/12 (day-first).",
         body="""Hi Pierre,

Happy New Year!

Just to let you know we paid both of these on 22/12 in one transfer (€2,015.00) – the reference was 'Peak Chalets Dec' rather than the invoice numbers, sorry, which is probably why it hasn't been matched yet.

Invoices covered:
ML-26-0395 – €1,150.00
ML-26-0420 – €865.00

Shout if you can't find it and I'll send over the bank confirmation.

Thanks,
Sophie

Sophie Barker | Office & Accounts
Peak Chalets Morzine
+33 4 50 79 12 66 | +44 7700 918 244"""),

    dict(id="s13ena023", country="US", date="2027-01-11T11:26", fmt="apple", stage="reminder", ago=3,
         inv="CV-21142", amt="150.00", due="2026-12-31",
         frm="Anna Kowalczyk <anna@sweetrisebakery.com>",
         intent="paid", paid_on="2027-01-08",
         note="Family bakery: paid in full on January 8th by ACH.",
         body="""Hi,

We paid this in full on January 8th by ACH from our business account, confirmation number 4417730021. I think our payment and your email crossed.

Thanks!
Anna

Sweet Rise Bakery – family owned since 1987
(540) 555-0184"""),

    # ------------------------------------------------------------------ dispute
    dict(id="s13ena024", country="GB", date="2026-12-10T22:05", fmt="outlook", stage="second_reminder", ago=3,
         inv="PFS-11488", amt="84.00", due="2026-11-25",
         frm="Jordan Kaye <jkaye1994@hotmail.co.uk>",
         intent="dispute",
         note="Angry tenant refuses to pay: says the landlord is liable for the alarm test. Not a contact change for the same customer.",
         body="""I've told your engineer this already. I am the TENANT. The smoke alarms belong to the landlord and it's his legal responsibility to get them tested, not mine. I never asked for this visit and I'm not paying for it.

Send the bill to Mr Hussain at Northgate Lettings, not me. If I get another one of these I'll be reporting it.

J Kaye"""),

    dict(id="s13ena025", country="US", date="2026-12-18T15:37", fmt="html_outlook", stage="final_notice", ago=2,
         inv="CV-20870", amt="960.00", due="2026-10-31",
         frm="Greg Thornton <greg@rockinghamcrossfit.com>",
         intent="dispute",
         note="Gym: billed 4 quarterly treatments, only 3 done; will pay $720 on a corrected invoice. Disputes the amount.",
         body="""Hello,

I've been meaning to respond to these for a while, and the "final reminder" language has prompted me to do so.

Invoice CV-20870 bills us for four quarterly treatments at $240 each for the 2026 contract year. Your technician came out in February, May and August. Nobody showed up in November. I called your office twice (11/9 and 11/16) and was told someone would reach out to reschedule, and nobody ever did.

I'm happy to pay for the three visits that actually happened, $720, as soon as I get a corrected invoice. I'm not paying $960 for a service we didn't receive, and I'd appreciate it if you stopped threatening collections over a bill that's wrong.

Greg Thornton
Owner, Rockingham CrossFit
1450 Port Republic Rd, Harrisonburg VA 22801
(540) 555-0128"""),

    dict(id="s13ena026", country="FR", date="2027-01-19T20:48", fmt="tb", stage="second_reminder", ago=5,
         inv="ML-26-0433", amt="3 980,00", due="2026-12-15",
         frm="Richard Fenwick <richard.fenwick@fenwick-family.co.uk>",
         intent="dispute",
         note="Chalet owner withholds the balance until the swollen terrace doors are fixed.",
         body="""Dear Pierre,

I'm afraid I'm not going to settle the balance on this until the problem with the terrace doors is sorted out. As I told your son on the phone before Christmas, both doors have swollen and the left one won't close at all now without a real shove. Our guests over New Year had snow coming in under it.

I'm not disputing the rest of the work, which is excellent, but I'm not comfortable paying in full while the doors aren't right. If someone can come up and look at them this month, I'll pay as soon as they're fixed.

Please let me know when you can send someone.

Regards,
Richard Fenwick
Chalet Les Mélèzes, Le Grand-Bornand"""),

    dict(id="s13ena027", country="GB", date="2026-12-29T12:10", fmt="apple", stage="reminder", ago=7,
         inv="PFS-11580", amt="398.40", due="2026-12-18",
         frm="Ben Sutcliffe <ben@sutcliffefarms.co.uk>",
         intent="dispute",
         note="Farm: charged for 12 extinguishers, only 9 on site; will pay once corrected.",
         body="""You've charged us for 12 extinguishers serviced. There's 9 on the farm and always has been. Sort the invoice out and I'll pay it.

Ben

Sent from my iPhone"""),

    dict(id="s13ena028", country="US", date="2027-01-26T18:02", fmt="apple", stage="reminder", ago=5,
         inv="CV-21301", amt="240.00", due="2027-01-15",
         frm="Paul Ricci <pricci.rentals@gmail.com>",
         intent="dispute",
         note="Landlord: quoted $185 by phone, invoiced $240; wants a corrected invoice or explanation.",
         body="""Hi,

Before I pay this - when I booked the bed bug inspection for the Dogwood Ln duplex your office quoted me $185 on the phone. The invoice says $240. I'd like to know where the extra $55 came from, nobody told me about any additional charge.

Please send a corrected invoice or explain the difference.

Paul Ricci"""),

    # ------------------------------------------------------------------ out of office
    dict(id="s13ena029", country="GB", date="2026-12-23T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="PFS-11592", amt="156.00", due="2026-12-20",
         frm="Brambles Nursery <office@bramblesnursery.co.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="Nursery Christmas closure; reopens Tuesday 5th January 2027.",
         body="""Thank you for your email.

Brambles Nursery is now closed for the Christmas holidays. We close at 1pm on Wednesday 23rd December and reopen on Tuesday 5th January 2027.

Emails will not be monitored during this time. If your enquiry is about a child's place for January, please leave a message on 01484 660 318 and we will call you back when we reopen.

Merry Christmas from all the Brambles team!"""),

    dict(id="s13ena030", country="US", date="2026-12-10T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="CV-21020", amt="88.00", due="2026-12-01",
         frm="Luis Ortega <lortega@valleyviewapts.com>",
         intent="out_of_office", return_date="2026-12-14",
         note="Out 12/10-12/11 for training; back Monday, December 14.",
         body="""Thank you for your message. I am out of the office Thursday 12/10 and Friday 12/11 for training and will have limited access to email. I will be back in the office on Monday, December 14.

For urgent maintenance issues please call the leasing office at (540) 555-0150.

Luis Ortega
Property Manager, Valley View Apartments"""),

    dict(id="s13ena031", country="FR", date="2027-01-18T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="ML-26-0456", amt="620,00", due="2027-01-10",
         frm="Emma Lowther <office@skischool-aravis.com>",
         intent="out_of_office", return_date="2027-01-25",
         note="Away 'until 24th January' (a Sunday, last day away) -> first working day back Monday 25 January.",
         body="""Hello / Bonjour,

I'm away from the office until 24th January with only occasional access to email. For lessons and bookings please contact bookings@skischool-aravis.com or call +33 4 50 32 61 07.

Thank you,
Emma"""),

    dict(id="s13ena032", country="GB", date="2027-01-11T09:01", fmt="ooo", stage="second_reminder", ago=0,
         inv="PFS-11603", amt="192.00", due="2026-12-23",
         frm="Nathan Crowther <nathan@forgefitness.co.uk>",
         intent="out_of_office", return_date="2027-01-20",
         note="Annual leave, returning Wednesday 20th January.",
         body="""Hi,

I'm on annual leave from Monday 11th January, returning Wednesday 20th January. I'll have no access to emails while I'm away.

For membership queries please contact hello@forgefitness.co.uk. For anything urgent please call the gym on 01706 812 447.

Thanks,
Nathan Crowther
General Manager, Forge Fitness Rochdale"""),

    dict(id="s13ena033", country="US", date="2026-12-28T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="CV-21090", amt="410.00", due="2026-12-15",
         frm="Blue Ridge Property Holdings <accounting@blueridgeph.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed for the holidays, reopens Monday, January 4, 2027.",
         body="""Thank you for contacting Blue Ridge Property Holdings.

Our office is closed for the holidays beginning December 24 and will reopen on Monday, January 4, 2027. Invoices received during this period will be processed in the order received once we return.

For after-hours emergencies, residents should call (540) 555-0199.

Happy Holidays!"""),

    # ------------------------------------------------------------------ plan request
    dict(id="s13ena034", country="GB", date="2027-01-15T14:20", fmt="gmail", stage="firm", ago=4,
         inv="PFS-11545", amt="246.00", due="2026-12-08",
         frm="Nicola Brennan <nicolabrennanhair@gmail.com>",
         intent="plan_request",
         note="Hair salon owner asks to pay about £50 a month; no start date committed.",
         body="""Hi there,

I'm really sorry about this. January has been dead so far and I've had the rates and the VAT to pay. Would it be possible to pay it off in bits, maybe £50 a month? I don't want to ignore it, I just can't do the whole lot in one go right now.

Let me know if thats ok.

Thanks
Nicola
Nicola Brennan Hair
07891 334 120"""),

    dict(id="s13ena035", country="US", date="2026-12-11T17:40", fmt="gmail", stage="second_reminder", ago=4,
         inv="CV-20915", amt="1,275.00", due="2026-11-10",
         frm="Earl Showalter <showalterfarmsllc@gmail.com>",
         intent="plan_request",
         note="Farm asks to split the bill into 3 or 4 payments starting after the first of the year.",
         body="""Hello,

I got your second notice. I'm not trying to dodge this. It was a bad year with the dry summer and our hay sales were way down. Is there any way we could split the $1,275 up into 3 or 4 payments? I could start after the first of the year.

Please let me know what you can do.

Earl Showalter
Showalter Farms
540-555-0121"""),

    dict(id="s13ena036", country="FR", date="2026-12-17T21:10", fmt="apple", stage="firm", ago=3,
         inv="ML-26-0402", amt="5 640,00", due="2026-11-25",
         frm="Mark Ellison <mark.ellison@icloud.com>",
         intent="plan_request",
         note="Asks to pay half soon and the rest in February/March, or over three months; a request, nothing committed.",
         body="""Hi Pierre,

Apologies for the silence. We've had a big unexpected bill on the house in Bristol and it's left us short this month. Would it be possible to pay half now-ish and the rest in February or March? Or over three months if that's easier your end. Let me know what works and I'll set it up.

Thanks for your patience,
Mark

Sent from my iPad"""),

    # ------------------------------------------------------------------ copy request
    dict(id="s13ena037", country="US", date="2027-01-07T10:48", fmt="html_outlook", stage="reminder", ago=3,
         inv="CV-21115", amt="520.00", due="2026-12-22",
         frm="Accounts Payable <accountspayable@rockinghamschools.net>",
         intent="copy_request",
         note="School district AP needs the invoice with a PO number and a W-9 before paying.",
         body="""Good morning,

We are unable to locate invoice CV-21115 in our system. All vendor invoices must reference a valid purchase order number in order to be processed. Please send a copy of the invoice with the PO number included to accountspayable@rockinghamschools.net.

Also, our records show we do not have a current W-9 on file for Cedar Valley Pest Control LLC. Please include a signed W-9 with the invoice.

Once received, payment will be processed in the next available check run.

Thank you,

Donna Frye
Accounts Payable Clerk
Rockingham County Public Schools - Finance Department
100 Mount Clinton Pike, Harrisonburg, VA 22802
Phone: (540) 555-0102

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s13ena038", country="GB", date="2026-12-08T12:15", fmt="outlook", stage="reminder", ago=4,
         inv="PFS-11475", amt="132.00", due="2026-11-20",
         frm="Claire Hanson <accounts@northgatelettings.co.uk>",
         intent="copy_request",
         note="Letting agent needs a copy of the invoice / job sheet showing the property before it can pay.",
         body="""Hi,

We manage around 60 properties for various landlords and I can't match this invoice to any of them - the reminder doesn't show a property address. Could you send a copy of the invoice or job sheet showing which property the work was done at? I'll then recharge the right landlord and get it paid.

Many thanks,

Claire Hanson
Accounts Administrator
Northgate Lettings
01422 365 900

Northgate Lettings is a trading name of Northgate Property Management Ltd, registered in England No. 07129445."""),

    dict(id="s13ena039", country="FR", loc="US", date="2026-12-29T16:22", fmt="gmail", stage="reminder", ago=8,
         inv="ML-26-0448", amt="1 960,00", due="2026-12-15",
         frm="Kathleen Murphy <kmurphy.annecy@gmail.com>",
         intent="copy_request",
         note="American customer: payment link fails, asks for the invoice as a PDF for her bank's wire.",
         body="""Hello,

I'm trying to pay this but the link in your email takes me to a page in French that asks for a login code I never received. Could you just email me the invoice as a PDF? My bank needs the invoice attached to send an international wire.

Thank you and happy holidays,
Kathleen Murphy"""),

    # ------------------------------------------------------------------ contact change
    dict(id="s13ena040", country="GB", date="2027-01-21T10:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="PFS-11622", amt="210.00", due="2027-01-05",
         frm="Sam Royle <samroyle.pt@gmail.com>",
         intent="contact_change", new_email="rachel@coregymhalifax.co.uk",
         note="Former employee: send invoices to the gym owner Rachel instead.",
         body="""Hi,

I left Core Gym Halifax at the end of November so I can't do anything with this, sorry. Invoices need to go to Rachel, the owner, at rachel@coregymhalifax.co.uk - could you update your records so they go straight to her?

Sam"""),

    dict(id="s13ena041", country="US", date="2026-12-30T13:05", fmt="gmail", stage="reminder", ago=2,
         inv="CV-21098", amt="135.00", due="2026-12-18",
         frm="Walter Nguyen <walt.nguyen58@gmail.com>",
         intent="contact_change", new_email="denise@harperpm.com",
         note="Landlord asks that bills go to his property manager; 'she'll get it paid' has no time, so not a promise.",
         body="""Hi,

Please send these to my property manager from now on, Denise Harper at denise@harperpm.com. She handles all the bills for the rental on Chicago Ave and she'll get it paid. I'm retired and don't check this email much.

Thanks,
Walt"""),

    # ------------------------------------------------------------------ bank details
    dict(id="s13ena042", country="GB", date="2027-01-25T11:18", fmt="html_outlook", stage="reminder", ago=4, fresh=True,
         subj="Query re your bank details - PFS-11640",
         inv="PFS-11640", amt="174.00", due="2027-01-15",
         frm="Denise Moorhouse <manager@tinytoesnurseryhx.co.uk>",
         intent="bank_details",
         note="Nursery received a letter announcing new bank details; asks the firm to confirm before paying (possible invoice fraud).",
         body="""Hello,

Before we pay invoice PFS-11640, can you please confirm your bank details? Last week we had a letter, supposedly from you, saying your account had moved to a different bank with a new sort code and account number. We've been warned about invoice fraud by our insurers so I want to check with you first before paying anything to a new account.

Could someone ring me on 01422 381 209 to confirm, please?

Kind regards,
Denise Moorhouse
Manager
Tiny Toes Nursery Ltd"""),

    dict(id="s13ena043", country="FR", date="2026-12-11T08:35", fmt="outlook", stage="reminder", ago=4,
         inv="ML-26-0415", amt="2 780,00", due="2026-11-30",
         frm="Alistair Grant <alistair.grant@grantandco.co.uk>",
         intent="bank_details",
         note="Asks for the IBAN and BIC to pay by international transfer from a UK account.",
         body="""Dear Monsieur Lemaire,

Thank you for the reminder. I would like to pay from my UK account by international transfer, but I can't see your IBAN or BIC anywhere on the invoice or in your email. Could you please send them to me?

Kind regards,
Alistair Grant"""),

    # ------------------------------------------------------------------ unsubscribe
    dict(id="s13ena044", country="US", date="2027-01-28T19:40", fmt="none", stage="heads_up", ago=2,
         inv="CV-21340", amt="65.00", due="2027-02-05",
         frm="Harold Sipe <hsipe@comcast.net>",
         intent="unsubscribe",
         note="Wants no more automatic emails; pays the paper bill.",
         body="""Please take me off your email list. I don't want these automatic emails. I get the paper bill and I pay the paper bill like I have for 11 years.

H. Sipe"""),

    dict(id="s13ena045", country="GB", date="2027-01-19T06:15", fmt="gmail", stage="repeat", ago=1,
         inv="PFS-11560", amt="120.00", due="2026-12-10",
         frm="Ken Lumb <lumbkenneth@gmail.com>",
         intent="unsubscribe",
         note="Farmer asks to stop the emails (post only); no payment statement.",
         body="""Stop sending me these emails please. Ive had 3 now. I dont do bills by email, post it if you have to.

K Lumb
Higher Lumb Farm"""),

    # ------------------------------------------------------------------ bounce
    dict(id="s13ena046", country="GB", date="2026-12-15T09:01", fmt="bounce", stage="reminder",
         inv="PFS-11530", amt="90.00", due="2026-12-01",
         rcpt="bookings@peakperformancegym.co.uk", status="5.1.1", mta="mail.penninefire.co.uk",
         remote="aspmx.l.google.com", subj="Undelivered Mail Returned to Sender",
         diag="550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
         intent="bounce",
         note="Postfix DSN: gym mailbox does not exist.",
         body="""This is the mail system at host mail.penninefire.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<bookings@peakperformancegym.co.uk>: host aspmx.l.google.com[142.250.102.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    Please try double-checking the recipient's email address for typos or
    unnecessary spaces. (in reply to RCPT TO command)"""),

    # ------------------------------------------------------------------ other
    dict(id="s13ena047", country="GB", date="2026-12-09T16:40", fmt="tb", stage="second_reminder", ago=2,
         inv="PFS-11465", amt="204.00", due="2026-11-15",
         frm="Peter Oldroyd <peter@oldroydjoinery.co.uk>",
         intent="other",
         note="Passed to his accountant who makes his payments; no promise, no new address.",
         body="""Hello,

I've passed this on to my accountant, Susan at Kershaw & Co, as she does all my payments now. She'll deal with it.

Regards
Peter Oldroyd
Oldroyd Joinery
07812 550 231"""),

    dict(id="s13ena048", country="US", date="2027-01-22T12:15", off="-0600", fmt="gmail", stage="reminder", ago=3,
         inv="CV-21255", amt="175.00", due="2027-01-12",
         frm="Megan Lasater <meganlasater@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer; writes from Texas (Central time).",
         body="""Hi, I think you have the wrong email. I live in Texas and I've never used your company, I've never even been to Virginia. There might be another Megan Lasater? Just letting you know so whoever owes this actually gets it."""),

    dict(id="s13ena049", country="FR", date="2027-01-27T10:05", fmt="html_gmail", stage="heads_up", ago=2,
         inv="ML-27-0012", amt="3 450,00", due="2027-02-10",
         frm="Fiona Clarke <fionaclarke.chalet@gmail.com>",
         intent="other",
         note="Only asks about the planned kitchen start date and key handover; says nothing about payment.",
         body="""Hi Pierre,

Quick question while I have you - are you still planning to start the kitchen the week of 8th March? We're trying to book flights and need to know whether we should be there for the first day or if you're happy to pick up the key from the agency in Saint-Jean.

Many thanks,
Fiona"""),

    dict(id="s13ena050", country="GB", date="2027-01-26T14:30", fmt="html_outlook", stage="final_notice", ago=5,
         inv="PFS-11498", amt="648.00", due="2026-11-28",
         frm="Natalie Shaw <natalie.shaw@bkrecovery.co.uk>",
         intent="other",
         note="Debtor gym in administration: administrators' office asks for a proof of debt; no payment intent.",
         body="""Dear Sirs,

Re: Oak Tree Gym & Spa Limited - In Administration

I write to inform you that Oak Tree Gym & Spa Limited entered administration on 14 January 2027 and that Andrew Black and Helen Kirk of BK Recovery LLP were appointed Joint Administrators.

Your email has been forwarded to this office. Please note that, as a result of the administration, a moratorium is in place and no legal action may be taken against the company without the consent of the Administrators or the permission of the court.

If you are owed money by the company, please complete the attached proof of debt form and return it to this office with copies of any supporting invoices. Creditors will receive a report on the progress of the administration in due course.

Yours faithfully

Natalie Shaw
Senior Administrator
For and on behalf of Oak Tree Gym & Spa Limited (In Administration)

BK Recovery LLP, 2nd Floor, 41 Park Square East, Leeds LS1 2NP
Tel: 0113 320 7715

The affairs, business and property of the Company are being managed by the Joint Administrators, who act as agents of the Company and without personal liability. Andrew Black and Helen Kirk are licensed in the UK by the Insolvency Practitioners Association."""),
]
