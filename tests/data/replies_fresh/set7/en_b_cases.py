"""Handwritten debtor replies, part en_b (US customers of Keystone Comfort Services LLC, GB customers of Pennine Signs & Print Ltd)."""

CASES = [
    dict(id="s7enb001", country="US", date="2026-12-08T10:14", fmt="outlook", stage="reminder", ago=1,
         inv="KC-51207", amt="485.00", due="2026-11-20",
         frm="Tracy Lindqvist <office@brightsmiles-lancaster.com>",
         intent="promise", promise_date="2026-12-11",
         note="Check will go out this Friday 12/11 (reply Tue Dec 8).",
         body="""Hi,

Sorry about that, Dr. Patel signs the checks on Fridays and this one got missed last week. It'll go out this Friday, 12/11.

Thanks,
Tracy Lindqvist
Office Manager
Bright Smiles Family Dentistry
1845 Fruitville Pike, Lancaster PA 17601
(717) 555-0187"""),

    dict(id="s7enb002", country="US", date="2026-12-09T23:41", fmt="apple", stage="second_reminder", ago=2,
         inv="KC-50988", amt="1,312.40", due="2026-11-13",
         frm="Marco Ruggiero <marco@ruggieroskitchen.com>",
         intent="paid", paid_on="2026-12-09",
         note="Paid tonight through the online link.",
         body="""paid it tonight thru the link, shoud show up tmrw. sorry been slammed w holiday parties

Marco

Sent from my iPhone"""),

    dict(id="s7enb003", country="GB", date="2026-12-10T11:02", fmt="outlook", stage="reminder", ago=3,
         inv="PSP-4471", amt="642.00", due="2026-11-30",
         frm="Gareth Pryce <gareth@wheatsheaf-holmfirth.co.uk>",
         intent="dispute",
         note="Refuses to pay until the misspelt banner is reprinted; the 26th is a past phone call.",
         body="""Hi,

I'm not paying this until the banner's been redone. I rang on the 26th and spoke to someone (Dean I think) about it - it says "WHEATSHEF" across the front in letters two foot high. We've had to take it down. He said someone would call me back and nobody has.

Happy to pay for the A-boards, they're fine, but I'm not paying £380 for a banner I can't put up. Sort out the reprint and send me a revised invoice and I'll pay it same day.

Gareth Pryce
The Wheatsheaf
Holmfirth
07781 402 339"""),

    dict(id="s7enb004", country="US", date="2026-12-21T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="KC-51344", amt="3,870.00", due="2026-12-15",
         frm="Denise Okafor <denise.okafor@hallmarklogistics.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply; returns Monday January 4, 2027.",
         body="""Thank you for your email.

I am out of the office beginning Monday, December 21 and will return on Monday, January 4, 2027. I will have limited access to email during this time.

For urgent Accounts Payable matters, please contact the AP team at ap@hallmarklogistics.com or (610) 555-0900, option 3.

Happy Holidays,
Denise Okafor
Senior AP Analyst | Hallmark Logistics Group, Inc."""),

    dict(id="s7enb005", country="US", date="2026-12-11T13:22", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="KC-51102", amt="2,145.00", due="2026-11-25",
         frm="Linda Haverford <lhaverford@pequeacreeksd.org>",
         intent="copy_request",
         note="Needs the invoice reissued with the district PO number before it can be paid.",
         body="""Good afternoon,

We are unable to process invoice KC-51102 because it does not reference a purchase order number. All vendor invoices must show a valid district PO before they can be entered for payment. This is Board policy and I'm not able to make exceptions.

The boiler service at the middle school was issued under PO 2027-00418. Could you please reissue the invoice with that PO number on it and email it back to me? Once I have it, it will go on the next Board-approved check run.

Thank you,

Linda Haverford
Accounts Payable Specialist
Pequea Creek School District | Business Office
300 Willow Street, Willow Street, PA 17584
Phone: (717) 555-0311 ext. 2204 | Fax: (717) 555-0319

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""),

    dict(id="s7enb006", country="GB", date="2026-12-14T15:48", fmt="tb", stage="second_reminder", ago=3,
         inv="PSP-4398", amt="186.00", due="2026-11-16",
         frm="Derek Holroyd <d.holroyd@btinternet.com>",
         intent="promise",
         note="Will settle after Christmas once recovered; no single day given.",
         body="""Dear Sirs,

Thank you for your reminder. I'm afraid I have been laid up with my knee since the end of November and haven't been able to get down to the bank. I will settle the invoice for the club's new noticeboard signs as soon as I'm back on my feet, which should be after Christmas.

Apologies for the delay.

Yours faithfully,

Derek Holroyd
Hon. Treasurer
Lindley Bowling Club"""),

    dict(id="s7enb007", country="US", date="2026-12-15T16:05", fmt="gmail", stage="firm", ago=1,
         inv="KC-50871", amt="3,150.00", due="2026-10-30",
         frm="Rick Dombrowski <rick@dombrowskibuilders.com>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment of $2,000 sent today by ACH; the balance is promised with no date.",
         body="""Hi there,

Sent $2,000 today by ACH toward KC-50871, should hit your account in a day or two. The balance ($1,150) I'll send as soon as the GC on the Millersville job releases my draw. They're running 60+ days on me right now which is why I'm behind with you.

Appreciate your patience, you guys have always been good to work with.

Rick Dombrowski
Dombrowski Builders LLC
PA HIC #PA118842
(717) 555-0264"""),

    dict(id="s7enb008", country="US", date="2026-12-16T20:17", fmt="gmail", stage="reminder", ago=5,
         inv="KC-51160", amt="6,840.00", due="2026-12-01",
         frm="Jennifer Marsh <jenmarsh82@yahoo.com>",
         intent="plan_request",
         note="Asks for monthly payments on the furnace invoice; no date committed.",
         body="""Hello,

I'm writing about the invoice for our new furnace. First, thank you to Luis and his partner, they did a great job and the house is finally warm.

When we signed I understood the financing through your office would be set up, but I never heard back about it and now I have a bill for the full amount. We just can't pay $6,840 all at once, especially in December. Is there any way we could do monthly payments? Even spread over 6 months would help a lot. Please let me know what is possible.

Thank you,
Jennifer Marsh
412 Pleasant View Dr, Manheim"""),

    dict(id="s7enb009", country="GB", date="2026-12-17T09:04", fmt="bounce",
         inv="PSP-4512", amt="96.00", due="2026-12-01",
         rcpt="karen@hollinsflorists.co.uk", status="5.1.10",
         remote="hollinsflorists-co-uk.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient karen@hollinsflorists.co.uk not found by SMTP address lookup",
         intent="bounce",
         note="Delivery failure: recipient not found.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
karen@hollinsflorists.co.uk"""),

    dict(id="s7enb010", country="US", date="2026-12-17T11:26", fmt="html_gmail", stage="reminder", ago=2,
         inv="KC-51219", amt="415.00", due="2026-11-30",
         frm="Amanda Reyes <areyes@svcfoodbank.org>",
         intent="other",
         note="Passed to the volunteer treasurer; no payment statement and no new address given.",
         body="""Hi,

I'm the office coordinator here and I don't handle payments. I've forwarded this to our treasurer, Bill Sweeney, who processes all the bills for the Food Bank. He's a volunteer so it may take a little while for him to get back to you.

Thanks for your patience!
Amanda

Amanda Reyes
Office Coordinator
Susquehanna Valley Community Food Bank
A 501(c)(3) nonprofit organization
(717) 555-0455"""),
    dict(id="s7enb011", country="US", date="2026-12-09T14:40", fmt="html_outlook", stage="reminder", ago=2,
         inv="KC-51050", amt="4,612.75", due="2026-11-27",
         frm="Accounts Payable <accountspayable@brennanfoods.com>",
         intent="promise", promise_date="2026-12-18",
         note="Approved and scheduled for the 12/18 ACH run.",
         body="""Hello,

Invoice KC-51050 (PO 4500182736) has been approved and is scheduled for payment in our 12/18 ACH run. Please allow 2-3 business days for the funds to post to your account.

Our standard terms are Net 30 from receipt of a correct invoice. We received this invoice on 11/03, so it is within terms on our side.

Regards,

Kevin Tran
Accounts Payable
Brennan Foods, Inc.
500 Harrisburg Ave, Lancaster, PA 17603
AP Hotline: (717) 555-0770

This message and any attachments are intended only for the named recipient(s) and may contain confidential or privileged information. If you received this message in error, please notify the sender immediately and delete it. Brennan Foods, Inc. accepts no liability for any damage caused by viruses transmitted by this email."""),

    dict(id="s7enb012", country="GB", date="2026-12-14T08:52", fmt="gmail", stage="second_reminder", ago=3,
         inv="PSP-4420", amt="318.50", due="2026-11-27",
         frm="Priya Chauhan <priya@chauhanopticians.co.uk>",
         intent="paid", paid_on="2026-12-11",
         note="Paid by BACS on Friday (11 Dec), reply on Monday 14 Dec.",
         body="""Morning,

This was paid by BACS on Friday afternoon, so I think our payment and your email crossed. Reference used was PSP-4420. Should be with you today if it isn't already.

Thanks,
Priya

Priya Chauhan BSc MCOptom
Chauhan Opticians
42 King Street, Halifax HX1 1QY
01422 360 214"""),

    dict(id="s7enb013", country="US", date="2026-12-10T09:12", fmt="gmail", stage="reminder", ago=1,
         inv="KC-51188", amt="725.00", due="2026-11-30",
         frm="Tom Keller <tom@kellerautobody.com>",
         intent="contact_change", new_email="books@kellerautobody.com",
         note="Wants invoices and reminders sent to the bookkeeper.",
         body="""Please send all invoices and statements to my bookkeeper Sharon at books@kellerautobody.com. I don't check this inbox much, she takes care of all the bills.

Tom Keller
Keller Auto Body"""),

    dict(id="s7enb014", country="US", date="2026-12-23T09:31", fmt="ooo", stage="heads_up", ago=0,
         inv="KC-51390", amt="260.00", due="2026-12-31",
         frm="Lititz Family Orthodontics <frontdesk@lititzortho.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed through Friday January 1; first working day after is Monday January 4.",
         body="""Thank you for contacting Lititz Family Orthodontics!

Our office is closed for the holidays from Thursday, December 24 through Friday, January 1. Messages received during this time will be answered when we return.

If you are a patient with an orthodontic emergency (such as a broken wire causing pain), please call (717) 555-0122 and follow the prompts to reach the doctor on call.

Wishing you and your family a happy and healthy holiday season!"""),

    dict(id="s7enb015", country="US", date="2026-12-14T15:20", fmt="gmail", stage="second_reminder", ago=4,
         inv="KC-51076", amt="1,486.00", due="2026-11-28",
         frm="Sal Benedetto <sal@benedettospizzeria.com>",
         intent="dispute",
         note="Contests the walk-in cooler repair (billed hours, repair failed); refuses to pay.",
         body="""You have got to be kidding me. Your guy came out on the 9th of November for the walk-in, was here maybe an hour, charged me THREE hours labor plus a compressor relay, and the cooler went down again 4 days later. I lost over $900 in product that weekend. Then I had to call a different company who found the actual problem in 20 minutes.

I am not paying $1,486 for a repair that didn't fix anything. If anything you owe ME. Have your manager call me. Do not send this to collections.

Sal
Benedetto's Pizzeria
(717) 555-0391"""),

    dict(id="s7enb016", country="GB", date="2026-12-08T19:33", fmt="apple", stage="reminder", ago=1,
         inv="PSP-4455", amt="420.00", due="2026-11-24",
         frm="Lauren Whitworth <pawfectlauren@hotmail.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Will pay on the 18th (December) when her money comes in.",
         body="""Hiya, sorry I know its late. Had a quiet few weeks. I'll pay it on the 18th when my money comes in, promise. Van looks amazing btw!! Lauren x

Sent from my iPhone"""),

    dict(id="s7enb017", country="US", date="2026-12-18T07:55", fmt="tb", stage="repeat", ago=2,
         inv="KC-50944", amt="189.00", due="2026-11-10",
         frm="Gerald Fink <gfink1951@comcast.net>",
         intent="unsubscribe",
         note="Demands that the emails stop; no payment statement.",
         body="""STOP sending me these emails. I have told your office twice on the phone that I do not do business by email. I get a paper bill in the mail and I pay it by check like I have for 20 years. Remove this email address from your system.

G. Fink"""),

    dict(id="s7enb018", country="US", date="2027-01-05T10:48", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="KC-51233", amt="5,980.00", due="2026-12-18",
         frm="Vendor Maintenance <vendormaint@ridgelinehealth.org>",
         intent="bank_details",
         note="Received a suspicious request to change the firm's bank account; asks for verification by phone. The 12/28 is the date of that request.",
         body="""Hello,

Before we can release payment on the invoice referenced below, we need to verify a banking change request. On 12/28 our office received an email, appearing to come from billing@keystonecomfort.com, asking us to update your remittance information to a new account at a different bank (account ending in 8803). Per our fraud-prevention policy we do not act on banking changes received by email.

Can you please confirm whether Keystone Comfort Services has actually changed banks? Please call our Vendor Maintenance line at (717) 555-0600 ext. 5. Do not send account numbers by email. Until this is verified, all payments to your company are on hold.

Thank you,

Maria Estevez
Vendor Maintenance Coordinator | Supply Chain Finance
Ridgeline Health System
1 Ridgeline Plaza, York, PA 17403

CONFIDENTIALITY NOTICE: This communication may contain information that is privileged and confidential and is intended only for the use of the addressee. If you are not the intended recipient, you are hereby notified that any use, dissemination or copying of this communication is strictly prohibited."""),

    dict(id="s7enb019", country="US", date="2026-12-22T09:15", fmt="gmail", stage="second_reminder", ago=4, fwd=True,
         inv="KC-51140", amt="892.00", due="2026-11-30",
         frm="Beth Carney <bcarney@halvorsenpike.com>",
         intent="paid", paid_on="2026-12-18",
         note="Assistant forwards the partner's answer: check signed and mailed Friday (Dec 18).",
         body="""Hi, forwarding Mr. Pike's answer below. The check number is 20417 if that helps.

Beth Carney
Office Manager, Halvorsen & Pike LLP

---------- Forwarded message ---------
From: Robert Pike <rpike@halvorsenpike.com>
Date: Mon, Dec 21, 2026 at 4:12 PM
Subject: Re: Second reminder: invoice KC-51140 overdue – Keystone Comfort Services LLC
To: Beth Carney <bcarney@halvorsenpike.com>

Beth - I signed that one Friday with the rest of the pile, it should have gone in the mail Friday afternoon. Let them know.

RP"""),

    dict(id="s7enb020", country="GB", date="2027-01-07T09:00", fmt="ooo", stage="firm", ago=0,
         inv="PSP-4390", amt="1,275.00", due="2026-11-13",
         frm="Helen Marsden <h.marsden@brackenbankcare.co.uk>",
         intent="out_of_office", return_date="2027-01-11",
         note="Auto-reply; back in the office on Monday 11 January.",
         body="""Thank you for your email. I am currently on annual leave and will be back in the office on Monday 11th January.

If your query is urgent, please contact our finance team on finance@brackenbankcare.co.uk or call 01274 881 460.

Kind regards,
Helen Marsden
Finance Manager
Brackenbank Care Homes Ltd"""),

    dict(id="s7enb021", country="US", date="2026-12-17T16:48", fmt="apple", stage="reminder", ago=3,
         inv="KC-51215", amt="378.00", due="2026-12-04",
         frm="Dave Yoder <yoderelectric@gmail.com>",
         intent="promise", promise_date="2026-12-22",
         note="Will pay Tuesday (reply Thu Dec 17, so Tue Dec 22).",
         body="""will pay tues when im back in the office

Dave

Sent from my iPhone"""),

    dict(id="s7enb022", country="US", date="2026-12-16T11:05", fmt="html_outlook", stage="reminder", ago=1,
         inv="KC-51009", amt="3,420.00", due="2026-12-10",
         frm="Carol Ziegler <cziegler@millcreekasd.org>",
         intent="paid", paid_on="2026-12-15",
         note="School district paid by ACH on 12/15/2026.",
         body="""Good morning,

Our records show this invoice was paid. Details below:

Vendor: Keystone Comfort Services LLC
Invoice: KC-51009
PO: 26-1193
Amount: $3,420.00
Payment method: ACH
Payment date: 12/15/2026
Reference: ACH0004417

Please allow 1-2 business days for the deposit to appear. If you don't see it by the end of the week let me know and I'll have our bank trace it.

Thank you,
Carol Ziegler
Accounts Payable Clerk
Mill Creek Area School District
(717) 555-0840 x1120"""),

    dict(id="s7enb023", country="GB", date="2026-12-11T10:20", fmt="gmail", stage="reminder", ago=2,
         inv="PSP-4489", amt="1,134.00", due="2026-12-04",
         frm="Sophie Lang <sophie@langandco-interiors.co.uk>",
         intent="copy_request",
         note="Needs a proper VAT invoice in the company's current name before paying.",
         body="""Hi there,

Could you send us a proper VAT invoice for this please? The one that came with the delivery is just a pro forma and doesn't have your VAT number on it, so our accountant won't let me put it through. Also it's addressed to Lang Interiors - we're Lang & Co Interiors Ltd now (same address).

Once I've got it I'll get it paid.

Thanks,
Sophie

Sophie Lang
Director, Lang & Co Interiors Ltd
01924 274 655 | 07912 558 104"""),

    dict(id="s7enb024", country="US", date="2026-12-18T13:47", fmt="gmail", stage="second_reminder", ago=3,
         inv="KC-51122", amt="540.00", due="2026-11-25",
         frm="Kyle Brandt <kbrandt.photo@gmail.com>",
         intent="other",
         note="Wrong recipient: not a customer.",
         body="""Hey, I think this went to the wrong person. I've never used Keystone Comfort and I don't even live in PA (I'm in Ohio). Maybe somebody typed their email wrong? Just letting you know so the real customer gets it.

Kyle"""),

    dict(id="s7enb025", country="US", date="2026-12-21T18:02", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="KC-51101", amt="612.00", due="2026-11-28",
         frm="Tanya Robinson <tanyarobinson.home@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="Will pay the full amount online on the 31st (payday).",
         body="""Hi,

I know this is past due, I'm sorry. Between the holidays and my car breaking down it's been a rough month. I get paid on the 31st and I will pay the full amount online that day.

Also the heat pump is working great since the repair, thank you for coming out on a Sunday.

Tanya Robinson"""),

    dict(id="s7enb026", country="US", date="2027-01-11T14:10", fmt="html_outlook", stage="reminder", ago=3,
         inv="KC-51402", amt="2,240.00", due="2027-01-06",
         frm="Nicole Ferraro <nferraro@summitpackaging.com>",
         intent="dispute",
         note="Invoice exceeds the PO by an unapproved filter line; asks for a credit memo or revised invoice.",
         body="""Hi,

We can't pay invoice KC-51402 as billed. PO 7100-22915 was issued for $1,850.00 based on your quote Q-8817 (rooftop unit PM, 4 units at $462.50). The invoice is for $2,240.00, and the extra line for "filters - upgraded MERV 13" was never quoted or approved by our facilities manager.

Our system will not pay an invoice that exceeds the PO amount. Please either issue a credit memo for $390.00 or send a revised invoice for $1,850.00 and we'll process it in the next payment run. If the filters were requested by someone at our site, please let me know who and I'll check with facilities.

Thanks,

Nicole Ferraro
Accounts Payable Supervisor
Summit Packaging Solutions
Tel (717) 555-0633 | Fax (717) 555-0634"""),

    dict(id="s7enb027", country="GB", date="2027-01-12T11:38", fmt="outlook", stage="firm", ago=4,
         inv="PSP-4430", amt="2,460.00", due="2026-11-30",
         frm="Martin Ashworth <martin@ashworthjoinery.co.uk>",
         intent="paid", paid_on="2027-01-12",
         note="Paid by card over the phone half an hour ago.",
         body="""Hello,

I've just paid this over the phone by card with Sarah in your office, about half an hour ago. She gave me a receipt reference of 55810. Can you make sure it's been marked off so I don't get another one of these.

Regards

Martin Ashworth
Ashworth Joinery
Tel: 01484 688 201
Mob: 07870 314 925"""),

    dict(id="s7enb028", country="US", date="2026-12-28T09:32", fmt="ooo", stage="reminder", ago=0,
         inv="KC-51311", amt="330.00", due="2026-12-20",
         frm="Erin Caldwell <erin@caldwelldesignstudio.com>",
         subj="Out of office (holidays)",
         intent="out_of_office", return_date="2027-01-11",
         note="Vacation responder; out through Friday January 8, so back Monday January 11.",
         body="""Hi! Thanks for your message. I'm away for the holidays and will be out of the office through Friday, January 8, with very limited access to email. I'll reply when I'm back.

If this is about an active project, please email studio@caldwelldesignstudio.com.

Erin Caldwell
Caldwell Design Studio"""),

    dict(id="s7enb029", country="US", date="2027-01-12T08:20", fmt="gmail", stage="firm", ago=4,
         inv="KC-51150", amt="2,780.00", due="2026-12-10",
         frm="Jake Hollinger <jake@hollingerlawnandland.com>",
         intent="plan_request",
         note="Seasonal business asks to split the invoice into monthly payments; no date.",
         body="""Good morning,

Got your reminder about the shop heater install. I'm not trying to dodge it. Winter is our dead season, we don't have money coming in until spring cleanups start in March, and I've already had to lay off two guys until then.

Would you be willing to let me split the $2,780 into monthly payments? I can do something every month, I just can't do it all right now. Let me know what you'd need from me.

Thanks,
Jake Hollinger
Hollinger Lawn & Land
(717) 555-0718"""),

    dict(id="s7enb030", country="GB", date="2026-12-16T12:05", fmt="html_outlook", stage="reminder", ago=2,
         inv="PSP-4460", amt="2,015.40", due="2026-12-11",
         frm="Rachel Simms <ap@yorkshiredalesfoods.co.uk>",
         intent="promise",
         note="Approved; will be in the first payment run after the Christmas shutdown (end of shutdown not given).",
         body="""Good afternoon,

Thank you for your email. Invoice PSP-4460 has now been approved and will be included in our first payment run after the Christmas shutdown. Our payment runs are weekly, on Thursdays.

Kind regards,

Rachel Simms
Purchase Ledger Assistant
Yorkshire Dales Foods Ltd
Tel: 01756 793 400

Yorkshire Dales Foods Ltd. Registered in England and Wales, company number 04118723. Registered office: Station Road, Skipton BD23 1NQ."""),

    dict(id="s7enb031", country="US", date="2027-01-07T13:25", fmt="outlook", stage="second_reminder", ago=2,
         inv="KC-51260", amt="1,095.00", due="2026-12-15",
         frm="Joanne Weaver <office@stlukesmountjoy.org>",
         intent="promise", promise_date="2027-01-11",
         note="Check will be mailed on Monday (reply Thu Jan 7, so Mon Jan 11).",
         body="""Good afternoon,

Thank you for the reminder, and I apologize for the delay. Our council treasurer was away over the holidays and checks need two signatures. He is back this weekend and I will mail the check on Monday.

Blessings,
Joanne Weaver
Church Secretary
St. Luke's Lutheran Church
115 E. Main St., Mount Joy, PA 17552
(717) 555-0265
Office hours: Tues-Fri 9am-1pm"""),

    dict(id="s7enb032", country="US", date="2027-01-09T10:12", fmt="gmail", stage="reminder", ago=1,
         inv="KC-51355", amt="1,145.00", due="2026-12-28",
         frm="Brian Kowalczyk <bkowalczyk77@gmail.com>",
         intent="paid", paid_on="2027-01-08",
         note="Paid by Zelle yesterday (reply Sat Jan 9).",
         body="""i zelled you guys yesterday for the hot water heater, the full 1,145. it went to the billing@ email thats whats on the invoice. cant remember the confirmaton # but it said completed. pls check befor sending more reminders thx"""),

    dict(id="s7enb033", country="GB", date="2027-01-18T10:40", fmt="tb", stage="reminder", ago=4,
         inv="PSP-4530", amt="732.00", due="2027-01-13",
         frm="Alan Fairclough <alan@faircloughcycles.co.uk>",
         intent="dispute",
         note="Only half the leaflets delivered; will not pay the full invoice until corrected. 6th January is the delivery date.",
         body="""Hello,

Regarding invoice PSP-4530. We ordered and were quoted for 500 A5 leaflets and 2 pull-up banners. The box that arrived on 6th January had 250 leaflets in it. I've counted them twice. The banners were fine.

I'm not going to pay the full invoice for half the leaflets. Either send the other 250 or amend the invoice to what we actually received, and I'll pay it promptly.

Regards,
Alan Fairclough
Fairclough Cycles
14 Bridge Street, Hebden Bridge HX7 8EX
01422 845 602"""),

    dict(id="s7enb034", country="US", date="2027-01-19T15:02", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="KC-51418", amt="1,380.00", due="2027-01-08",
         frm="Keisha Brown <kbrown@tristatewarehousing.com>",
         intent="copy_request",
         note="Invoice not on file; asks for a copy and a W-9 sent to the AP mailbox before it can be paid.",
         body="""Hello,

We have no record of invoice KC-51418 in our system. It may have been sent to an individual instead of our AP mailbox. Please email a copy of the invoice, along with a current W-9, to apinvoices@tristatewarehousing.com. Invoices must include the PO number and the ship-to location to be processed.

Once received, invoices are paid Net 30 from the date we receive them.

Thank you,
Keisha Brown
Accounts Payable
Tri-State Warehousing Co.
4100 Lincoln Hwy E, Thorndale, PA 19372"""),

    dict(id="s7enb035", country="GB", date="2027-01-13T09:47", fmt="outlook", stage="reminder", ago=6, fresh=True,
         subj="Change of contact - Moorside Veterinary Practice",
         inv="PSP-4502", amt="245.00", due="2026-12-20",
         frm="Joe Ellison <accounts@moorsidevets.co.uk>",
         intent="contact_change", new_email="accounts@moorsidevets.co.uk",
         note="New mail: the contact has left; invoices and reminders to go to the practice manager's address.",
         body="""Hello,

Please note that Sandra Quigley has now left the practice and her email address will be closed at the end of this month. Could you update your records so that all invoices, statements and reminders go to our practice manager instead:

Joe Ellison - accounts@moorsidevets.co.uk

Many thanks,
Joe Ellison
Practice Manager
Moorside Veterinary Practice
01535 642 117"""),

    dict(id="s7enb036", country="US", date="2027-01-13T20:30", fmt="gmail", stage="repeat", ago=2,
         inv="KC-51280", amt="450.00", due="2026-12-15",
         frm="Patricia Dunmore <pdunmore.home@gmail.com>",
         intent="unsubscribe",
         note="Former board member asks to have her personal address taken off the list.",
         body="""Please take my personal email off your list. I was on the board of the Garden Spot Historical Society until last year and must still be listed as their contact, but I am no longer involved with them and don't want to get their bills.

Thank you,
Pat Dunmore"""),

    dict(id="s7enb037", country="US", date="2026-12-28T14:15", fmt="html_gmail", stage="firm", ago=7,
         inv="KC-51180", amt="1,760.00", due="2026-12-05",
         frm="Mei Chen <mei@goldenlotuslancaster.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay the full balance on January 15th.",
         body="""Hello,

We received your reminder for the hood and kitchen exhaust service. December is our busiest month and cash is tied up in payroll and inventory right now. We will pay the full balance on January 15th. Please don't add late fees, we have always paid you.

Thank you,
Mei Chen
Golden Lotus Restaurant
(717) 555-0528"""),

    dict(id="s7enb038", country="US", date="2026-12-29T10:05", fmt="apple", stage="reminder", ago=1,
         inv="KC-51297", amt="580.00", due="2026-12-18",
         frm="Steve Ortiz <steve@ortizfamilychiro.com>",
         intent="other",
         note="Questions about a late fee and card payment before paying; no commitment.",
         body="""Hi,

Two questions before I pay this. Is there a late fee added now since it's past the due date? The reminder doesn't say. And can I pay with a credit card through that link or is it ACH only? If there's a card surcharge I'd rather mail a check.

Steve Ortiz, DC
Ortiz Family Chiropractic"""),

    dict(id="s7enb039", country="GB", date="2026-12-21T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="PSP-4518", amt="388.80", due="2026-12-18",
         frm="Birchcliffe Primary School <office@birchcliffe.sch.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="School office closed for Christmas; reopens Tuesday 5 January 2027.",
         body="""Thank you for your email.

The school office is now closed for the Christmas holidays. We will reopen on Tuesday 5th January 2027, when your email will be dealt with.

If you have a safeguarding concern during the holidays, please contact the local authority's Children's Services duty team.

Best wishes for Christmas and the New Year,
Birchcliffe Primary School"""),

    dict(id="s7enb040", country="US", date="2026-12-31T11:20", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("KC-51088", "845.00", "2026-11-25"), ("KC-51142", "1,210.00", "2026-12-02"), ("KC-51205", "395.50", "2026-12-09")],
         frm="Dana Whitfield <dwhitfield@redrosepm.com>",
         intent="paid", paid_on="2026-12-30",
         note="Three invoices paid together by one ACH yesterday, 12/30.",
         body="""Hi,

All three of these were paid together in one ACH yesterday, 12/30, total $2,450.50. The remittance detail should have come through to billing@keystonecomfort.com from our bank (Fulton). Invoices covered:

KC-51088 - Oak Hill Apts, Bldg C - $845.00
KC-51142 - 22 Duke St - $1,210.00
KC-51205 - Oak Hill Apts, unit 4B - $395.50

Sorry for the delay, owner approvals were slow this month.

Happy New Year,
Dana Whitfield
Accounts Payable / Property Accountant
Red Rose Property Management
(717) 555-0950"""),

    dict(id="s7enb041", country="US", date="2027-01-12T10:55", fmt="outlook", stage="second_reminder", ago=4,
         inv="KC-51246", amt="2,095.00", due="2026-12-14",
         frm="Tammy Groff <tammy@groffroofing.com>",
         intent="promise", promise_date="2027-01-31",
         note="Will pay by the end of January at the latest (31 January).",
         body="""Hi,

Got it. We're waiting on a big payment from a commercial job that was supposed to come in before Christmas. I'll have your invoice paid by the end of January at the latest. If it comes in sooner I'll pay sooner.

Tammy Groff
Office Manager
Groff Roofing & Siding
(717) 555-0388"""),

    dict(id="s7enb042", country="GB", date="2027-01-20T14:30", fmt="tb", stage="firm", ago=5,
         inv="PSP-4495", amt="864.00", due="2026-12-14",
         frm="Jean Barraclough <clerk@uppercalderpc.org.uk>",
         intent="paid", paid_on="2027-01-19",
         note="Cheque signed at Monday's meeting and posted yesterday (reply Wed 20 Jan).",
         body="""Dear Sir/Madam,

Invoice PSP-4495 - village noticeboard and footpath signs

A cheque for the full amount of £864.00 was signed at the Council meeting on Monday evening and I put it in the post yesterday, first class, addressed to your Huddersfield office. It should reach you in the next day or two.

Yours faithfully,

Mrs J. Barraclough
Clerk to the Council
Upper Calder Parish Council"""),

    dict(id="s7enb043", country="GB", date="2027-01-21T11:15", fmt="html_outlook", stage="reminder", ago=3,
         inv="PSP-4541", amt="1,590.00", due="2027-01-15",
         frm="Amy Rushworth <purchaseledger@kirkstallhomes.co.uk>",
         intent="bank_details",
         note="Sort code on the invoice differs from the account on file; asks for phone confirmation before paying.",
         body="""Good morning,

Before we pay this, can you confirm your bank details please? The remittance details printed on invoice PSP-4541 show sort code 40-11-62, but the account we have on file for Pennine Signs & Print (set up in 2024) is with a different bank, sort code 20-45-77. We've had a couple of attempted invoice frauds this year so we won't pay to a new account without confirmation.

Could someone from your accounts team ring me on the number below to confirm which is correct?

Thanks,
Amy Rushworth
Purchase Ledger Clerk
Kirkstall Homes Ltd
0113 274 9031

Kirkstall Homes Ltd is a company registered in England and Wales (No. 09771240). Registered office: Abbey Road, Leeds LS5 3HR. This email and any attachments are confidential and intended solely for the addressee."""),

    dict(id="s7enb044", country="US", date="2027-01-17T21:05", fmt="apple", stage="reminder", ago=3,
         inv="KC-51430", amt="149.00", due="2027-01-12",
         frm="Crystal Hess <crystalhess22@icloud.com>",
         intent="dispute",
         note="Billed for a maintenance visit that never happened; refuses to pay. The 5th is the missed appointment.",
         body="""Why am I getting a bill for $149 for a maintenance visit that NEVER HAPPENED. i took off work on the 5th and waited all day and nobody showed up or called. I called your office twice and got voicemail. I am not paying for something you didnt do, take this off my account and cancel my service plan

Sent from my iPhone"""),

    dict(id="s7enb045", country="US", date="2027-01-20T16:22", fmt="html_outlook", stage="repeat", ago=2,
         inv=[("KC-51310", "2,360.00", "2026-12-28"), ("KC-51377", "918.00", "2027-01-04")],
         frm="Greg Lutz <glutz@penncrestmfg.com>",
         intent="promise",
         note="Both invoices approved, will go out in the next twice-monthly check cycle; no day given. January 1 is the ERP go-live.",
         body="""Hi,

Thanks for following up. Both invoices are approved and in the queue. We run checks twice a month and they'll go out in the next cycle. Apologies for the delay - we converted to a new ERP system on January 1 and everything is running behind.

Greg Lutz
Accounts Payable Lead
Penncrest Manufacturing Co.
Office: (717) 555-0471
www.penncrestmfg.com

NOTICE: This email may contain confidential information and is intended only for the individual named. If you are not the named addressee you should not disseminate, distribute or copy this email."""),

    dict(id="s7enb046", country="GB", date="2027-01-25T13:10", fmt="gmail", stage="final_notice", ago=3,
         inv="PSP-4466", amt="1,480.00", due="2026-12-04",
         frm="Kerry Dyson <kerry@thecopperkettlecafe.co.uk>",
         intent="plan_request",
         note="Asks to pay the sign off in instalments; no amount or date committed.",
         body="""Hi,

I'm really sorry this is still outstanding. January has been dead since Christmas and the boiler went at the cafe last week, so money's very tight at the moment. Would it be possible to pay the shop sign off in a few instalments rather than all at once? Let me know what you'd accept and I'll set it up.

Thanks for being patient with us.

Kerry Dyson
The Copper Kettle Café, Marsden
07766 219 840"""),

    dict(id="s7enb047", country="GB", date="2027-01-18T08:41", fmt="outlook", stage="second_reminder", ago=4,
         inv="PSP-4508", amt="564.00", due="2026-12-31",
         frm="Neil Booth <neil.booth@boothandsonbuilders.co.uk>",
         intent="promise", promise_date="2027-01-22",
         note="Will go out with supplier payments on Friday 22nd January.",
         body="""Hi

Apologies, missed this one. It'll go out with our supplier payments on Friday 22nd January.

Neil

Neil Booth
Booth & Son Builders Ltd
M: 07841 662 109
T: 01484 851 223"""),

    dict(id="s7enb048", country="US", date="2027-01-08T12:03", fmt="apple", stage="reminder", ago=3,
         inv="KC-51333", amt="1,026.00", due="2026-12-30",
         frm="Laura Stoltzfus <lstoltzfus@conestogaanimalhospital.com>",
         intent="paid", paid_on="2027-01-06",
         note="Paid in full online on 1/6.",
         body="""Paid in full online 1/6. Confirmation #KCP-77412.

Laura Stoltzfus, VMD
Conestoga Animal Hospital"""),

    dict(id="s7enb049", country="US", date="2027-01-22T10:00", fmt="outlook", stage="final_notice", ago=4,
         inv="KC-51198", amt="2,210.00", due="2026-12-08",
         frm="Gary Mentzer <gary@mentzersbakery.com>",
         intent="other",
         note="Business filed Chapter 7; claims go to the trustee. January 14 is the filing date.",
         body="""To whom it may concern,

Mentzer's Bakery LLC filed for Chapter 7 bankruptcy on January 14, 2027 in the U.S. Bankruptcy Court for the Eastern District of Pennsylvania, Case No. 27-10318. The business has ceased operations.

Please direct all claims and correspondence to the Chapter 7 trustee assigned to the case. Because of the automatic stay, please do not contact me further about collecting this debt. You should receive formal notice from the court.

Gary Mentzer"""),

    dict(id="s7enb050", country="US", date="2027-01-20T19:40", fmt="gmail", stage="reminder", ago=2,
         inv="KC-51372", amt="688.00", due="2027-01-10",
         frm="Heather Kline <heather@klinefamilyfarm.com>",
         intent="promise", promise_date="2027-01-29",
         note="Will pay on the 29th (January); side question about booking spring service.",
         body="""Hi there,

We'll pay this on the 29th when our milk check comes in. Sorry it's late.

Also, can you tell me when you'd be able to schedule the spring service on the barn heaters and the house AC? Last year you came in April and that worked well.

Heather Kline
Kline Family Farm
1877 Furnace Hill Rd, Stevens PA"""),
]
