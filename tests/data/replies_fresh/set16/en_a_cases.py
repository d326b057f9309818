"""Part en_a: English replies (GB, US, and foreign customers of a French wine merchant). Handwritten, one by one."""

CASES = [
    dict(id="s16ena001", country="GB", date="2026-12-07T10:14", fmt="gmail", stage="reminder", ago=4,
         inv="HJ-4391", amt="640.00", due="2026-11-20",
         frm="Gary Tolland <gary@theplough-inn.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Pub landlord will pay on Friday; written on Monday 7 Dec, so Friday 11 Dec.",
         body="""Hi,

Sorry about this, it slipped through with everything going on in the run up to Christmas. I'll pay it Friday once the weekend takings have gone in.

Cheers
Gary
The Plough, Little Cawthorpe"""),

    dict(id="s16ena002", country="US", date="2026-12-08T16:40", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="BLS-20877", amt="3,412.50", due="2026-11-01",
         frm="Donna Whitcomb <ap@mercyridgehospital.org>",
         intent="paid", paid_on="2026-12-04",
         note="Hospital AP: check issued in the 12/04/2026 check run (month-first date).",
         body="""Good afternoon,

This invoice was approved and included in our 12/04/2026 check run. Check #0048812 in the amount of $3,412.50 was mailed to the remit-to address we have on file (2200 Harbor Ave, Baltimore, MD 21230). Please allow 7-10 business days for USPS delivery.

If the check has not arrived by the end of next week, please reply to this email and we will look into a stop payment and reissue.

Thank you,

Donna Whitcomb
Accounts Payable Specialist
Mercy Ridge Community Hospital
1400 Ridge Road, Towson, MD 21204
Phone: (410) 555-0138 | Fax: (410) 555-0139

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""),

    dict(id="s16ena003", country="FR", date="2026-12-08T09:02", fmt="ooo", ago=0,
         inv="MB-26-0618", amt="1 940,00", due="2026-11-15",
         frm="Tom Ashby <tom@ashbywines.co.uk>",
         intent="out_of_office", return_date="2026-12-14",
         note="UK wine shop buyer away 7th to 11th December, back on Monday 14th.",
         body="""Thank you for your email.

I am out of the office from Monday 7th to Friday 11th December visiting growers in Rioja and will have very limited access to email. I will be back on Monday 14th December.

For anything urgent regarding orders or deliveries please contact Jess on orders@ashbywines.co.uk or 0117 496 0321.

Best wishes,
Tom Ashby
Ashby & Vine Wine Merchants, Clifton, Bristol"""),

    dict(id="s16ena004", country="GB", date="2026-12-09T13:22", fmt="outlook", stage="firm", ago=2,
         inv="HJ-4350", amt="8,760.00", due="2026-10-30",
         frm="Helen Marsh <h.marsh@stcuthberts-primary.org.uk>",
         intent="dispute",
         note="School withholds payment until fire door remedial works are done and signed off.",
         body="""Dear Sir or Madam,

I refer to your reminder regarding invoice HJ-4350 for the supply and installation of fire door sets in our Key Stage 2 corridor.

As I explained to Dean by telephone on 12 November, and again in writing on 19 November, three of the door sets failed the inspection carried out by our building surveyor. The intumescent strips are missing on two of the leaves and the closer on the door to the hall does not latch. Until these doors are compliant we cannot use the corridor as an escape route, which is a significant problem for a school.

The school will not be paying this invoice until the remedial works have been completed and signed off by our surveyor. I would be grateful if you could arrange a date for your fitters to return as soon as possible; the school is closed from 18 December to 4 January, which may actually be the easiest time to do the work.

I would also ask that no statutory interest or recovery charges are applied, given that the delay is not of our making.

Yours faithfully,

Helen Marsh
School Business Manager
St Cuthbert's C of E Primary School
Tel: 01924 496 211"""),

    dict(id="s16ena005", country="US", date="2026-12-09T22:47", fmt="apple", stage="reminder", ago=2,
         inv="BLS-20940", amt="486.20", due="2026-11-25",
         frm="Luis Ortega <luis@tacosortegabmore.com>",
         intent="promise", promise_date="2026-12-10",
         note="Typed late on Wednesday 9 Dec: will send it Thursday, i.e. 10 Dec.",
         body="""sorry man been slammed w the holiday parties. ill send it thursday for sure

Sent from my iPhone"""),

    dict(id="s16ena006", country="FR", date="2026-12-10T11:05", fmt="tb", stage="second_reminder", ago=3,
         inv="MB-26-0577", amt="4 315,00", due="2026-11-10",
         frm="Mette Lindholm <ml@vinkaelderen.dk>",
         intent="paid", paid_on="2026-12-03",
         note="Danish importer says it was paid by transfer on 03.12.2026 (day-first with dots).",
         body="""Dear Sirs,

We think there must be a mistake. Invoice MB-26-0577 was paid by bank transfer on 03.12.2026, total EUR 4.315,00, from our account in Danske Bank. Our reference on the transfer was "MB260577".

Maybe it is not arrived yet because it is an international transfer? I attach the payment confirmation from our bank.

Please do not send more reminders for this invoice.

Best regards

Mette Lindholm
Bogholder / Accounts
Vinkælderen ApS
Mejlgade 41, 8000 Aarhus C, Denmark
+45 86 12 40 77"""),

    dict(id="s16ena007", country="GB", date="2026-12-10T19:31", fmt="gmail", stage="heads_up", ago=1,
         inv="HJ-4502", amt="1,150.00", due="2026-12-18",
         frm="Priya Shah <priya.shah82@gmail.com>",
         intent="copy_request",
         note="Household customer cannot open the link and asks for the invoice as a PDF before paying.",
         body="""Hello,

The link in your email just says "page not found" on my phone and on the laptop. Could you email me the invoice as a PDF please? I'd like to check it against the quote for the wardrobes before I pay it.

Thanks,
Priya"""),

    dict(id="s16ena008", country="US", date="2026-12-11T14:18", fmt="gmail", stage="firm", ago=3,
         inv="BLS-20712", amt="1,980.00", due="2026-10-15",
         frm="Kendra Boyd <kendra@boydevents.co>",
         intent="plan_request",
         note="Event planner asks to pay in 3 or 4 installments; no dates or amounts committed.",
         body="""Hi there,

I know this one is overdue and I'm sorry. Two of my clients still haven't paid me for their fall events and I'm pretty stretched right now.

Would you be open to me paying this in 3 or 4 installments instead of all at once? I really want to keep renting from you guys for the spring wedding season, so I'm not trying to dodge it.

Let me know what would work on your end.

Kendra Boyd
Boyd Events & Design
(443) 555-0172"""),

    dict(id="s16ena009", country="GB", date="2026-12-11T09:48", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="HJ-4415", amt="2,240.00", due="2026-11-13",
         frm="Craig Bennett <craig.bennett@harbourviewpm.co.uk>",
         intent="contact_change", new_email="payables@harbourviewpm.co.uk",
         note="Property manager asks that invoices and reminders go to the central payables address.",
         body="""Morning,

Could you please update your records so that all invoices, statements and reminders for Harbourview Property Management go to our purchase ledger team at payables@harbourviewpm.co.uk rather than to me personally? I've forwarded this one on to them.

It also helps them a lot if the property address is on the invoice – this one relates to Flat 3, 12 Marine Parade.

Many thanks,

Craig Bennett
Senior Property Manager
Harbourview Property Management Ltd
T: 01723 496 540 | M: 07700 900 418

Harbourview Property Management Ltd is registered in England and Wales, company number 07714520. Registered office: 2 Quay Street, Scarborough YO11 1PQ."""),

    dict(id="s16ena010", country="US", date="2026-12-11T09:33", fmt="bounce",
         inv="BLS-20955", amt="720.00", due="2026-11-28",
         rcpt="jmiller@grandcafeannapolis.com", status="5.1.1",
         remote="grandcafeannapolis-com.mail.protection.outlook.com",
         diag="550 5.1.1 <jmiller@grandcafeannapolis.com>: Recipient address rejected: Access denied. AS(201806281) [BN8NAM12FT044.eop-nam12.prod.protection.outlook.com]",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:

jmiller@grandcafeannapolis.com

The recipient's mailbox does not exist or is no longer accepting mail. This is a permanent error; the message will not be retried."""),

    dict(id="s16ena011", country="GB", date="2026-12-14T11:20", fmt="outlook", stage="repeat", ago=4, fwd=True,
         inv="HJ-4288", amt="3,600.00", due="2026-10-09",
         frm="Lorraine Pike <lorraine@pikeandsonsbuilders.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Office manager forwards the director's answer: they will pay on the 18th (December).",
         body="""Hi,

Mark asked me to pass on his reply below as he's on site all week and not at his emails.

Regards
Lorraine Pike
Office Manager, Pike & Sons Builders Ltd
01482 496 310

-----Original Message-----
From: Mark Pike
Sent: 13 December 2026 20:14
To: Lorraine Pike
Subject: RE: Reminder: invoice HJ-4288 still unpaid

Lorraine can you let Hollowfield know we'll pay this on the 18th. The Hendersons are paying us for the extension on Wednesday and this comes straight out of that. Tell them sorry for the wait, they've been good to us.

M"""),

    dict(id="s16ena012", country="FR", loc="US", date="2026-12-14T16:05", fmt="html_gmail", stage="reminder", ago=5,
         inv="MB-26-0642", amt="6 880,00", due="2026-11-30",
         frm="Dana Whitfield <dana@whitfieldimports.com>",
         intent="bank_details",
         note="US importer needs SWIFT/BIC, bank name and address for the international wire before paying.",
         body="""Hi,

Apologies, my French is limited so I ran your email through a translator.

We're ready to pay this one but our bank (Chase) is asking for your SWIFT/BIC code and the full name and address of your bank for the international wire. The invoice only shows the IBAN. Could you send those over? Please also confirm the beneficiary name exactly as it appears on the account, they're picky about that.

Thanks!

Dana Whitfield
Whitfield Fine Wine Imports
Charleston, SC
(843) 555-0119"""),

    dict(id="s16ena013", country="US", date="2026-12-15T10:52", fmt="outlook", stage="reminder", ago=3,
         inv="BLS-20903", amt="742.00", due="2026-11-30",
         frm="Patricia Yoder <clerk@townofmillbrookny.gov>",
         intent="other",
         note="Town clerk passed the invoice to the bookkeeper for Board approval; no payment commitment.",
         body="""Good morning,

I received your reminder. Please note that all vendor claims against the Town must be audited and approved by the Town Board before payment can be released.

I have passed your invoice to our Bookkeeper, Ann Delaney, who prepares the abstract of claims for the Board. She can be reached at (845) 555-0144 ext. 3 if you have any questions.

Regards,

Patricia Yoder
Town Clerk
Town of Millbrook
Town Hall, 35 Merritt Ave., Millbrook, NY 12545"""),

    dict(id="s16ena014", country="GB", date="2026-12-15T18:03", fmt="apple", stage="final_notice", ago=1,
         inv="HJ-4201", amt="2,300.00", due="2026-09-30",
         frm="Steve Rourke <steve@rourkeroofing.co.uk>",
         intent="dispute",
         note="Angry customer says the agreed price was £1,850, not £2,300; will pay only a corrected invoice.",
         body="""Don't threaten me with debt collectors.

I told your lad Jamie on the phone back in September that the price we agreed was £1,850 for the staircase, not £2,300. I've still got the texts. Nobody ever mentioned the extra for the handrail.

Send me a corrected invoice for £1,850 and you'll get paid, until then you can whistle for it.

Steve

Sent from my iPhone"""),

    dict(id="s16ena015", country="US", date="2026-12-16T09:31", fmt="ooo", ago=0,
         inv="BLS-20966", amt="2,115.75", due="2026-12-15",
         frm="Rachel Kim <rkim@harborpointhotel.com>",
         intent="out_of_office", return_date="2026-12-29",
         note="Away December 16 - December 28, returns Tuesday December 29.",
         body="""Thank you for your message.

I will be out of the office December 16 - December 28 with limited access to email. I will return on Tuesday, December 29.

For urgent accounts payable matters, please contact ap@harborpointhotel.com or call (410) 555-0190.

Happy Holidays!

Rachel Kim
Director of Finance, Harbor Point Hotel"""),

    dict(id="s16ena016", country="GB", date="2026-12-16T12:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="HJ-4377", amt="1,200.00", due="2026-11-16",
         frm="Niamh O'Connell <niamh@oconnellscafe.co.uk>",
         intent="promise", promise_date="2027-01-08",
         note="Partial payment of £400 made today; the remaining £800 promised for Friday 8th January.",
         body="""Hi there,

I've just transferred £400 towards HJ-4377 (reference O'CONNELLS CAFE). December has been slower than we expected so I'll pay the remaining £800 on Friday 8th January, when things pick up after the holidays.

Hope that's ok, give me a shout if not.

Thanks,
Niamh
O'Connell's Café, 14 Church Street, Otley"""),

    dict(id="s16ena017", country="FR", loc="GB", date="2026-12-17T09:15", fmt="gmail", stage="reminder", ago=2,
         inv="MB-26-0655", amt="2 460,00", due="2026-12-01",
         frm="Siobhán Keane <accounts@glenmorehousehotel.ie>",
         intent="paid", paid_on="2026-12-17",
         note="Irish hotel paid by card through the link this morning.",
         body="""Good morning,

I've paid this by card through the link in your email this morning, you should have a confirmation on your side. Sorry for the delay, our GM was away.

Merci!

Siobhán Keane
Accounts
Glenmore House Hotel, Kenmare, Co. Kerry
+353 64 664 1270"""),

    dict(id="s16ena018", country="US", date="2026-12-17T21:09", fmt="html_gmail", stage="reminder", ago=1,
         inv="BLS-20951", amt="318.40", due="2026-12-04",
         frm="Frank DeLuca <frankdeluca52@aol.com>",
         intent="unsubscribe",
         note="Long-time customer wants no more automated reminder emails.",
         body="""Take me off your email list.

I've been a customer for eleven years and I pay my bills. I don't need a computer reminding me every week. No more of these emails please.

Frank DeLuca
DeLuca's Deli"""),

    dict(id="s16ena019", country="GB", date="2026-12-18T15:35", fmt="outlook", stage="second_reminder", ago=4,
         inv="HJ-4420", amt="14,880.00", due="2026-11-27",
         frm="Purchase Ledger <purchaseledger@northgatehotelsgroup.co.uk>",
         intent="promise", promise_date="2026-12-23",
         note="Hotel group AP: scheduled in the supplier payment run on 23/12/2026 (day-first numeric).",
         body="""Dear Supplier,

Thank you for your email.

We can confirm that invoice HJ-4420 has been approved and is scheduled for payment in our next supplier payment run on 23/12/2026. Funds normally reach the supplier's account within 1–2 working days of the run date.

Please note this mailbox is for queries only. New invoices should be submitted as PDF to invoices@northgatehotelsgroup.co.uk quoting a valid purchase order number.

Kind regards,

Purchase Ledger Team
Northgate Hotels Group plc
Finance Shared Service Centre, 3 Wellington Place, Leeds LS1 4AP
Tel: 0113 496 0480

Northgate Hotels Group plc. Registered in England and Wales No. 04218876. Registered office as above. This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed."""),

    dict(id="s16ena020", country="US", date="2026-12-18T11:26", fmt="tb", stage="reminder", ago=2,
         inv="BLS-20918", amt="1,264.00", due="2026-12-05",
         frm="Marianne Cole <mcole@thecoleinn.com>",
         intent="dispute",
         note="Inn says the Nov 20 delivery was short and Nov 27 was billed twice; wants a corrected invoice.",
         body="""Hello,

Before I pay this I need it corrected. Two problems:

1. The 11/20 delivery was short 40 tablecloths and 60 napkins. Your driver (Marcus) counted with my housekeeper and signed the sheet, I have a copy.
2. The 11/27 delivery appears twice on this invoice, once as "weekly service" and once as "holiday extra". We only had one delivery that week.

By my count the invoice should be around $880, not $1,264. Please send a corrected invoice and I'll pay it right away.

Marianne Cole
The Cole Inn Bed & Breakfast
St. Michaels, MD"""),

    dict(id="s16ena021", country="GB", date="2026-12-23T10:00", fmt="ooo", ago=0,
         inv="HJ-4461", amt="575.00", due="2026-12-10",
         frm="Farm Office <office@fieldandfurrowfarm.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Farm office closed for Christmas from Wednesday 23rd December, reopens Monday 4th January 2027.",
         body="""Thank you for your email.

The farm office is closed for Christmas from Wednesday 23rd December and reopens on Monday 4th January 2027. Emails will be dealt with in order when we are back.

If you are collecting a turkey or a tree, the farm shop is open as normal until 4pm on Christmas Eve.

Happy Christmas and a peaceful New Year from all at Field & Furrow."""),

    dict(id="s16ena022", country="FR", loc="GB", date="2026-12-21T14:02", fmt="outlook", stage="second_reminder", ago=3,
         inv="MB-26-0591", amt="3 720,00", due="2026-11-20",
         frm="James Whitley <james.whitley@cellarlinedistribution.co.uk>",
         intent="promise",
         note="Signed off; will go out with the euro payments 'before Christmas' – a window, no single date.",
         body="""Hello,

Apologies, this has been sitting in my approvals queue for a couple of weeks. I've signed it off now and it will go out with our euro payments before Christmas.

Regards,
James

James Whitley
Finance Manager
Cellarline Distribution Ltd
T: 01865 496 022"""),

    dict(id="s16ena023", country="US", date="2026-12-22T09:45", fmt="gmail", stage="firm", ago=5,
         inv="BLS-20850", amt="912.00", due="2026-11-06",
         frm="Gina Russo <frontdesk@raofamilydental.com>",
         intent="paid", paid_on="2026-12-21",
         note="Dental office sent ACH on Monday; written Tuesday 22 Dec, so 21 Dec.",
         body="""Hi,

We sent this via ACH on Monday, confirmation #ACH7741920. It should show up on your end in a day or two.

Thanks and happy holidays,
Gina
Office Manager | Rao Family Dental
(410) 555-0127"""),

    dict(id="s16ena024", country="GB", date="2026-12-22T20:15", fmt="gmail", stage="firm", ago=3,
         inv="HJ-4330", amt="2,950.00", due="2026-10-23",
         frm="Daniel Hughes <dan.hughes1979@hotmail.co.uk>",
         intent="plan_request",
         note="Made redundant; asks to pay monthly (maybe £250), no start date committed.",
         body="""Hello,

I'm really sorry I haven't replied to the earlier emails, I've been putting it off. I was made redundant at the end of October, a week after you fitted the kitchen, and I've only just got a new job which starts in February.

I can't pay £2,950 in one go. Could I pay it off monthly? I think I could manage something like £250 a month but I'd need to see what my first pay looks like before I promise anything.

Please don't pass this to a debt collector, I do want to pay it. The kitchen is lovely by the way.

Dan Hughes
07700 900 613"""),

    dict(id="s16ena025", country="US", date="2026-12-23T13:30", fmt="apple", stage="reminder", ago=2,
         inv="BLS-20977", amt="268.00", due="2026-12-12",
         frm="Beth Sanford <bethsanford@icloud.com>",
         intent="other",
         note="Wrong recipient: private person who never ordered anything.",
         body="""Hi,

I think this was sent to me by mistake. I'm not a business and I've never ordered anything from Brightwater Linen. Maybe someone typed their email address wrong?

Beth

Sent from my iPad"""),

    dict(id="s16ena026", country="GB", date="2026-12-24T08:50", fmt="gmail", stage="repeat", ago=3,
         inv=[("HJ-4480", "460.00", "2026-11-30"), ("HJ-4481", "195.00", "2026-12-04")],
         frm="Alan Greaves <alan@greavesandco.co.uk>",
         intent="paid", paid_on="2026-12-22",
         note="Both invoices paid on the 22nd (December) by BACS in one payment.",
         body="""Morning,

Both of these were paid on the 22nd by BACS, one payment of £655.00 with the reference GREAVES 4480/4481. It may take a day to show with the bank holiday coming.

Have a good Christmas,
Alan

Alan Greaves FCA
Greaves & Co Chartered Accountants
01274 496 880"""),

    dict(id="s16ena027", country="FR", date="2026-12-28T09:01", fmt="ooo", ago=0,
         inv="MB-26-0697", amt="1 575,00", due="2026-12-15",
         frm="Anneke de Vries <a.devries@dewijnkamer.nl>",
         subj_prefix="Automatisch antwoord: ",
         intent="out_of_office", return_date="2027-01-04",
         note="On holiday until 3 January (a Sunday): first working day back is Monday 4 January.",
         body="""Thank you for your message.

I am on holiday until 3 January and will read my emails when I am back. For orders and deliveries, please contact info@dewijnkamer.nl.

Met vriendelijke groet / Kind regards,

Anneke de Vries
De Wijnkamer, Utrecht"""),

    dict(id="s16ena028", country="US", date="2026-12-28T15:12", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="BLS-20902", amt="5,640.00", due="2026-11-30",
         frm="Tamika Lewis <vendorpayments@keystoneseniorliving.com>",
         intent="promise", promise_date="2027-01-08",
         note="Senior living AP: included in the first check run of the new year on 01/08/2027 (month-first).",
         body="""Hello,

Our offices were closed for the holiday on 12/24 and 12/25, which is why you did not hear back sooner.

Your invoice has been approved and will be included in our first payment run of the new year on 01/08/2027. Payment will be issued by ACH to the bank account on file.

Thank you for your patience,

Tamika Lewis
AP Coordinator
Keystone Senior Living
Phone: (717) 555-0158
vendorpayments@keystoneseniorliving.com"""),

    dict(id="s16ena029", country="GB", date="2026-12-29T23:12", fmt="gmail", stage="reminder", ago=1,
         inv="HJ-4495", amt="380.00", due="2026-12-18",
         frm="Kyle Mitchell <kylemitchell.plastering@gmail.com>",
         intent="promise",
         note="Will pay after New Year, 'first week of jan latest' – a window, no single date.",
         body="""hi mate yeah will sort it after new year first week of jan latest, been away over xmas and only just seen this

kyle"""),

    dict(id="s16ena030", country="US", date="2026-12-29T10:20", fmt="gmail", stage="reminder", ago=3,
         inv="BLS-20988", amt="1,475.00", due="2026-12-20",
         frm="Jordan Price <jprice@lakeshorebrewing.com>",
         intent="copy_request",
         note="Brewery needs a W-9 and the invoice revised with its PO number before AP can release payment.",
         body="""Hi,

Before we can pay this we need a completed W-9 on file for Brightwater Linen Supply, and our PO number on the invoice (it should be PO 10-2231). Our AP system won't let me release it without both.

Can you send a W-9 and a revised invoice when you get a chance?

Thanks,

Jordan Price
Controller
Lakeshore Brewing Co.
(216) 555-0104"""),

    dict(id="s16ena031", country="GB", date="2026-12-30T11:45", fmt="outlook", stage="reminder", ago=2,
         inv="HJ-4470", amt="3,180.00", due="2026-12-14",
         frm="Fiona Grant <fiona.grant@grantdentalcare.co.uk>",
         intent="bank_details",
         note="Suspects a fraudulent change-of-bank-details email; asks the firm to confirm its details before paying.",
         body="""Hello,

Before I pay this I want to check something with you.

On 17 December we received an email, apparently from your accounts team, saying Hollowfield had moved banks and giving new account details (sort code 04-00-75, which I think is Revolut). It didn't look quite right – the email address was hollowfieldjoinery-accounts@outlook.com.

Can you confirm whether your bank details have actually changed? I tried to phone but I think your office is closed until the New Year. I'll hold the payment until I hear from you.

Kind regards,

Fiona Grant
Practice Manager
Grant Dental Care, 8 Bridge Street, Wetherby LS22 6NE
Tel: 01937 496 302"""),

    dict(id="s16ena032", country="FR", loc="GB", date="2027-01-04T10:30", fmt="html_outlook", stage="reminder", ago=4,
         inv="MB-26-0702", amt="2 184,00", due="2026-12-20",
         frm="Pieter Claes <pieter@bistrodehaven.be>",
         intent="dispute",
         note="Belgian bistro: 3 bottles arrived broken; will pay once a credit note is issued.",
         body="""Dear Madam, dear Sir,

We received the delivery of 9 December but 3 bottles of the Meursault 2021 were broken in the box. Photos were sent to your sales team on 10/12 and we have not received any answer nor a credit note.

We will pay the invoice as soon as the credit note for the 3 bottles is made. Please send it to this address.

Best regards,

Pieter Claes
Bistro De Haven
Kaaistraat 18, 2000 Antwerpen
Tel. +32 3 496 21 88
BTW BE 0712.448.390"""),

    dict(id="s16ena033", country="US", date="2027-01-04T09:32", fmt="ooo", ago=0,
         inv="BLS-20996", amt="1,320.00", due="2026-12-22",
         frm="Greg Novak <gnovak@novakmechanical.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Out through Friday, January 8: back Monday January 11.",
         body="""I am out of the office through Friday, January 8 and will have limited access to email. I will respond to your message when I return.

If you need immediate assistance, please call our main office at (614) 555-0187.

Greg Novak
Novak Mechanical Inc."""),

    dict(id="s16ena034", country="GB", date="2027-01-05T09:10", fmt="tb", stage="second_reminder", ago=6,
         inv="HJ-4468", amt="1,720.00", due="2026-12-11",
         frm="Rob Fenwick <rob@fenwickdesignstudio.co.uk>",
         intent="paid", paid_on="2026-12-30",
         note="Paid by BACS on 30th Dec, remittance details quoted.",
         body="""Hi,

This was paid by BACS on 30th Dec, so I think it crossed with your reminder. Remittance details below:

Payee: Hollowfield Joinery Ltd
Amount: £1,720.00
Ref: HJ-4468
Date: 30/12/2026

Happy New Year,
Rob

--
Rob Fenwick
Fenwick Design Studio
07700 900 254"""),

    dict(id="s16ena035", country="US", date="2027-01-05T18:22", fmt="gmail", stage="reminder", ago=1,
         inv="BLS-21004", amt="355.00", due="2026-12-28",
         frm="Maria Gonzalez <mgonzalez.cleaningsvc@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay when she gets paid on the 15th (January).",
         body="""Hello,

I get paid on the 15th and I will pay it then. Sorry for the wait, December was a hard month.

Maria Gonzalez
Sparkle Clean Services"""),

    dict(id="s16ena036", country="GB", date="2027-01-06T12:00", fmt="outlook", stage="repeat", ago=2,
         inv="HJ-4402", amt="4,980.00", due="2026-11-06",
         frm="Bramley Interiors Accounts <accounts@bramleyinteriors.co.uk>",
         intent="other",
         note="Debtor company in administration; creditors must claim through the administrators.",
         body="""Dear Sir/Madam

Bramley Interiors Limited – In Administration

Please be advised that Bramley Interiors Limited entered administration on 18 December 2026 and Karen Holt and Simon Reyes of Cartwright Recovery LLP were appointed as Joint Administrators.

The affairs, business and property of the Company are being managed by the Joint Administrators, who act as agents of the Company and without personal liability. Payments to pre-appointment creditors cannot be made by the Company.

If you believe you are a creditor, please submit details of your claim, with copies of any unpaid invoices, to creditors@cartwrightrecovery.co.uk or by post to Cartwright Recovery LLP, 10 Park Row, Leeds LS1 5HD, quoting reference BRAM/KH/2218.

Yours faithfully

For and on behalf of Bramley Interiors Limited (In Administration)"""),

    dict(id="s16ena037", country="FR", loc="GB", date="2027-01-06T15:40", fmt="gmail", stage="second_reminder", ago=7,
         inv="MB-26-0688", amt="1 296,00", due="2026-12-15",
         frm="Lars Eriksson <lars@erikssonvin.se>",
         intent="promise", promise_date="2027-01-11",
         note="Swedish customer will transfer on Monday; written Wednesday 6 Jan, so Monday 11 Jan.",
         body="""Hello,

Sorry for the late payment, our bookkeeper was on holiday over Christmas and New Year. We will transfer the amount on Monday.

Best regards
Lars Eriksson
Eriksson Vin AB, Göteborg"""),

    dict(id="s16ena038", country="US", date="2027-01-07T08:55", fmt="html_gmail", stage="repeat", ago=3,
         inv=[("BLS-20931", "640.00", "2026-11-20"), ("BLS-20979", "410.00", "2026-12-11")],
         frm="Nate Brooks <nate@brooksbarbershop.com>",
         intent="paid", paid_on="2027-01-06",
         note="Paid both invoices online 'last night' (Jan 6).",
         body="""Hey,

Paid both of these online last night through your link, should be $1,050 total. Let me know if anything didn't go through.

Nate
Brooks Barber Shop"""),

    dict(id="s16ena039", country="GB", date="2027-01-07T16:05", fmt="apple", stage="reminder", ago=2,
         inv="HJ-4510", amt="890.00", due="2026-12-29",
         frm="Ellie Carter <ellie.carter@greenwaylettings.co.uk>",
         cc="Sarah Mills <sarah.mills@greenwaylettings.co.uk>",
         intent="contact_change", new_email="sarah.mills@greenwaylettings.co.uk",
         note="Leaving the agency; asks that invoice emails go to Sarah Mills in accounts.",
         body="""Hi,

I'm leaving Greenway Lettings at the end of this week, so please can you send anything about invoices to Sarah Mills in our accounts team from now on – sarah.mills@greenwaylettings.co.uk. I've copied her in on this so she can pick this one up.

Thanks for all your help over the last couple of years!

Ellie

Ellie Carter | Lettings Negotiator
Greenway Lettings, Harrogate
01423 496 117"""),

    dict(id="s16ena040", country="US", date="2027-01-08T14:47", fmt="outlook", stage="firm", ago=3,
         inv="BLS-20899", amt="2,386.00", due="2026-11-27",
         frm="Tony Marchetti <tony@marchettisristorante.com>",
         intent="dispute",
         note="Contests $450 of rush delivery fees never requested; will pay the rest once removed. 'Stop sending' is secondary.",
         body="""This is the FOURTH email I've gotten about this.

I told your rep Kevin in December that we never asked for rush delivery. There is $450 in rush fees on this invoice. We get the same delivery every Tuesday and Friday, nothing was rushed.

Take the rush charges off, send me a correct invoice and I'll pay the rest. Until then stop sending me these.

Tony Marchetti
Owner, Marchetti's Ristorante
Little Italy, Baltimore"""),

    dict(id="s16ena041", country="GB", date="2027-01-11T08:20", fmt="gmail", stage="second_reminder", ago=4,
         inv="HJ-4488", amt="725.00", due="2026-12-18",
         frm="Martin Wood <martin@woodandwhisk.co.uk>",
         intent="promise",
         note="Bakery will settle 'next week' – no single date.",
         body="""Morning,

Yes, sorry – January's always a slow start for us. I'll settle it next week.

Cheers,
Martin
Wood & Whisk Bakery"""),

    dict(id="s16ena042", country="FR", loc="GB", date="2027-01-12T10:10", fmt="outlook", stage="firm", ago=3,
         inv=[("MB-26-0540", "980,00", "2026-10-31"), ("MB-26-0611", "1 450,00", "2026-11-15")],
         frm="Claudia Meier <claudia.meier@weinhaus-meier.ch>",
         intent="copy_request",
         note="Swiss customer asks for a full statement of account to reconcile (thinks one invoice paid, credit note missing) before paying.",
         body="""Good morning,

According to our accounting, invoice MB-26-0540 was already paid in November together with another invoice, and we also have a credit note from you of EUR 210,00 which is not shown in your reminder.

Could you please send us a complete statement of account since September 2026, so that we can reconcile? We will then pay the correct balance immediately.

Kind regards

Claudia Meier
Buchhaltung / Accounting
Weinhaus Meier AG
Spalenberg 22, 4051 Basel
Tel. +41 61 496 33 10"""),

    dict(id="s16ena043", country="US", date="2027-01-13T12:12", fmt="gmail", stage="reminder", ago=2,
         inv="BLS-21021", amt="1,110.00", due="2027-01-05",
         frm="Sam Whitaker <sam@whitakerflowerfarm.com>",
         intent="promise", promise_date="2027-01-31",
         note="Flower farm will have it paid by the end of the month (31 January).",
         body="""Hi Brightwater folks,

Winter is our slow season so things are a little tight, but we'll have this paid by the end of the month. Thanks for your patience!

Sam
Whitaker Flower Farm
Frederick, MD"""),

    dict(id="s16ena044", country="GB", date="2027-01-14T09:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="HJ-4499", amt="2,050.00", due="2026-12-23",
         frm="Ruth Adeyemi <ruth@adeyemiarchitects.co.uk>",
         intent="paid", paid_on="2027-01-12",
         note="Paid on Tuesday with the supplier payments; written Thursday 14 Jan, so 12 Jan.",
         body="""Hi,

Just checked with our bookkeeper – this went out on Tuesday along with the rest of our supplier payments. Apologies it was a bit late, the office didn't really get going again until last week.

Best,
Ruth

Ruth Adeyemi RIBA
Adeyemi Architects
0113 496 0954"""),

    dict(id="s16ena045", country="US", date="2027-01-18T09:31", fmt="ooo", ago=0,
         inv="BLS-21033", amt="964.00", due="2027-01-10",
         frm="Summit View Academy <office@summitviewacademy.org>",
         intent="out_of_office", return_date="2027-01-19",
         note="Closed Monday January 18 for Martin Luther King Jr. Day; reopens Tuesday January 19.",
         body="""Thank you for contacting Summit View Academy.

Our offices are closed today, Monday, January 18, in observance of Martin Luther King Jr. Day. We will reopen on Tuesday, January 19 at 8:00 a.m. and emails will be answered in the order they were received.

If this is an emergency involving a student, please call (301) 555-0100."""),

    dict(id="s16ena046", country="GB", date="2027-01-18T13:50", fmt="none", stage="reminder", ago=3,
         inv="HJ-4521", amt="140.00", due="2027-01-08",
         frm="Geoff Barlow <geoffbarlow@btinternet.com>",
         intent="unsubscribe",
         note="Asks to be taken off the mailing list (third time asking).",
         body="""Please take me off this mailing list. I have asked twice now.

I am quite capable of paying a bill without being sent emails about it.

G. Barlow"""),

    dict(id="s16ena047", country="FR", loc="GB", date="2027-01-19T11:00", fmt="gmail", stage="firm", ago=4,
         inv="MB-26-0719", amt="5 600,00", due="2026-12-31",
         frm="Hamish Stuart <hamish@stuartandgraywines.co.uk>",
         intent="plan_request",
         note="Scottish wine shop asks to split the balance into two or three payments; nothing fixed.",
         body="""Hi,

Thanks for your patience on this one. Trade has been a lot quieter than we hoped since Christmas and our cash position is tight until the spring.

Would it be possible to split the balance into two or three payments over the next couple of months? Once we agree the amounts I can set up the transfers so you don't need to chase.

Best,
Hamish

Hamish Stuart
Stuart & Gray Fine Wines, Stockbridge, Edinburgh
0131 496 0772"""),

    dict(id="s16ena048", country="US", date="2027-01-20T17:30", fmt="gmail", stage="second_reminder", ago=5,
         inv="BLS-21010", amt="796.00", due="2026-12-31",
         frm="Carol Jennings <caroljennings.pta@gmail.com>",
         intent="paid", paid_on="2027-01-15",
         note="PTA treasurer mailed a check on 1/15 (month-first).",
         body="""Hi!

Our treasurer mailed check #4471 for $796.00 on 1/15 to your Harbor Ave address. It might be a little slow because of the MLK holiday. Please let us know if it hasn't arrived by the end of next week.

Thank you so much for the tablecloths for the winter gala, they looked beautiful!!

Carol Jennings
Lincoln Elementary PTA"""),

    dict(id="s16ena049", country="GB", date="2027-01-25T10:05", fmt="html_outlook", stage="final_notice", ago=4,
         inv="HJ-4395", amt="6,420.00", due="2026-11-30",
         frm="Exchequer Services <accounts.payable@westmarsh.gov.uk>",
         intent="paid", paid_on="2027-01-21",
         note="Council: paid on 21 January 2027 by BACS, remittance reference given.",
         body="""Dear Hollowfield Joinery Ltd,

Payment of £6,420.00 in settlement of invoice HJ-4395 was made on 21 January 2027 by BACS (payment reference 7004218833).

The delay was caused by a missing goods receipt on our purchasing system, which has now been resolved. Please allow up to three working days for funds to clear to your account.

Yours faithfully,

Accounts Payable
Exchequer Services
West Marsh District Council
Civic Centre, Station Road, Goole DN14 5AB
Tel: 01405 496 000

This email and any attachments are intended for the named recipient only. If you have received it in error please notify the sender and delete it. West Marsh District Council may monitor email traffic. Visit www.westmarsh.gov.uk"""),

    dict(id="s16ena050", country="US", date="2027-01-28T19:40", fmt="apple", stage="final_notice", ago=3,
         inv="BLS-20990", amt="1,640.00", due="2026-12-18",
         frm="Derek Haines <derek@hainesautobody.com>",
         intent="promise", promise_date="2027-02-01",
         note="Will pay in full on Monday Feb 1.",
         body="""Got your final notice. I'll pay it in full on Monday Feb 1. Please don't send it to collections.

Derek

Sent from my iPhone"""),
]
