"""en_b: English replies (GB, US, and foreign customers writing English to a French firm). Handwritten, one by one."""

EXTRA_KNOWN = ["FD-26-1203", "FD-26-1178"]

CASES = []

CASES += [
    dict(id="s14enb001", country="GB", date="2026-12-07T10:14", fmt="outlook", stage="reminder", ago=3,
         inv="HF-24817", amt="3,416.40", due="2026-11-30",
         frm="Joanne Pritchard <j.pritchard@kelsobuild.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="AP confirms invoice approved and in the supplier payment run this Friday 11th December.",
         body="""Good morning,

Thank you for your email. I can confirm invoice HF-24817 has now been approved by the site team (Ashby Road, job 2291) and has been included in our next supplier payment run this Friday 11th December. We pay by Faster Payment so the funds should be with you the same day.

Kind regards

Joanne Pritchard
Accounts Payable
Kelso Build Group plc
T: 0116 287 4410

Kelso House, Meridian Business Park, Leicester LE19 1WZ

Kelso Build Group plc is registered in England and Wales, company no. 02871165. Registered office as above. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""),

    dict(id="s14enb002", country="GB", date="2026-12-08T09:12", fmt="outlook", stage="reminder", ago=1,
         inv="HF-24733", amt="1,068.00", due="2026-11-27",
         frm="Gemma Lloyd <purchaseledger@pennanttrailers.co.uk>",
         intent="paid", paid_on="2026-12-03",
         note="Says the invoice was paid by BACS on 3rd December with other invoices; remittance attached.",
         body="""Hi,

This one was paid by BACS on 3rd December along with your other November invoices (our payment ref PENN031226, total £2,904.12). Remittance advice attached, and I've re-sent it to your accounts inbox as well.

Could you check with your bank and update your ledger please, as I think our payment and your reminder have crossed.

Thanks
Gemma

Gemma Lloyd
Purchase Ledger
Pennant Trailers Ltd
Unit 3-5 Llandow Industrial Estate, Cowbridge CF71 7PB
01446 793 210"""),

    dict(id="s14enb003", country="US", date="2026-12-08T14:47", fmt="outlook", stage="reminder", ago=5,
         inv="10462", amt="3,980.00", due="2026-11-25",
         frm="Theresa Maddox <tmaddox@lindenspringsoh.gov>",
         intent="copy_request",
         note="Village AP needs a W-9 and vendor/ACH enrollment form before it can release payment.",
         body="""Hello,

We received invoice 10462 for the lift station pump rebuild, but we are unable to release payment at this time. Crestline Pump & Supply is not set up as an active vendor in our financial system. Before we can pay we need:

1. A current IRS Form W-9 (signed and dated 2026)
2. Our Vendor Enrollment / ACH Authorization form (attached) completed and signed, with a voided check or bank letter

Please return both to me at this address. Once received, the invoice will go out in the next available warrant run.

Thank you,

Theresa Maddox
Fiscal Officer / Accounts Payable
Village of Linden Springs
118 N. Main Street, Linden Springs, OH 45389
Phone (937) 555-0163 | Fax (937) 555-0164"""),

    dict(id="s14enb004", country="US", date="2026-12-09T15:42", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="10493", amt="2,870.00", due="2026-11-14",
         frm="Renee Kowalczyk <rkowalczyk@wescottcounty.gov>",
         intent="promise", promise_date="2026-12-17",
         note="County AP: scheduled in the 12/17 check run (mail delivery time mentioned, not a different payment date).",
         body="""Good afternoon,

Invoice 10493 was received by our office and approved by the Department of Public Works on 12/4. It has been scheduled for payment in the 12/17 check run. Checks are mailed from the Treasurer's office, so please allow 5-7 business days for delivery.

For future invoices, please reference PO 2026-000871 so they can be matched without delay.

Thank you,

Renee Kowalczyk
Accounts Payable Clerk
Wescott County Auditor's Office
40 Courthouse Square, Room 112
(937) 555-0172

PUBLIC RECORDS NOTICE: This email and any response to it may be subject to disclosure under the Ohio Public Records Act."""),

    dict(id="s14enb005", country="FR", date="2026-12-09T11:30", fmt="outlook", stage="reminder", ago=2,
         inv="FD-26-1174", amt="2 960,00", due="2026-11-30",
         frm="Sabine Kühn <s.kuehn@brenner-strickwaren.de>",
         intent="paid", paid_on="2026-12-04",
         note="German customer: paid on 04.12.2026 together with another invoice.",
         body="""Dear Sir or Madam,

we paid the invoice FD-26-1174 on 04.12.2026 together with the invoice FD-26-1203, total amount EUR 7.340,00. The payment reference was our customer number 40817 and both invoice numbers.

Please check again with your bank. If the amount is not received, please send us a short message and we will ask our bank.

Best regards

Sabine Kühn
Buchhaltung / Accounting

Brenner Strickwaren GmbH
Schmiechastraße 22
72458 Albstadt
Tel. +49 7431 9382-14

Geschäftsführer: Thomas Brenner, Julia Brenner-Haag
Amtsgericht Stuttgart HRB 411572 · USt-IdNr. DE147289330"""),

    dict(id="s14enb006", country="US", date="2026-12-10T11:05", fmt="gmail", stage="reminder", ago=2,
         inv="10511", amt="6,214.50", due="2026-12-02",
         frm="Marisol Ortega <mortega@glfluidsystems.com>",
         intent="promise", promise_date="2027-01-04",
         note="Distributor quotes its own net 60 terms; says it is set to release on the 1/4 ACH run.",
         body="""Hi,

Thanks for the email. Our records show invoice 10511 was received 11/02/2026. Just so you're aware, our standard vendor terms are net 60 from receipt of invoice, per the terms and conditions on our purchase order, not net 30 as printed on your invoice. Based on that it is set to release on our 1/4 ACH run.

If you'd like to discuss terms going forward, please reach out to our purchasing manager, Tom Beale (tbeale@glfluidsystems.com).

Thanks,

Marisol Ortega
AP Specialist
Great Lakes Fluid Systems, Inc.
4400 Lakeside Ave, Cleveland, OH 44114
216-555-0187"""),

    dict(id="s14enb007", country="FR", loc="US", off="-0600", date="2026-12-10T16:22", fmt="apple", stage="second_reminder", ago=3,
         inv="FD-26-1149", amt="5 412,00", due="2026-11-20",
         frm="Kara Lindqvist <kara@ridgelineknit.com>",
         intent="promise", promise_date="2026-12-15",
         note="US customer of the French mill (writing Thursday 10 Dec): wire will go out next Tuesday = 15 Dec.",
         body="""Hi there,

Apologies, this slipped through during our year-end inventory count. I've asked our bookkeeper to send the wire next Tuesday. It has to go in euros so it goes through our bank's international desk, which is why it's not instant. I'll forward you the confirmation once it's out.

Best,
Kara

Kara Lindqvist
Production Manager | Ridgeline Knit Co.
Minneapolis, MN

Sent from my iPhone"""),

    dict(id="s14enb008", country="GB", date="2026-12-10T13:40", fmt="outlook", stage="reminder", ago=3,
         inv="HF-24779", amt="748.32", due="2026-11-30",
         frm="Finance Enquiries <finance.enquiries@harrowfinch.co.uk>",
         intent="contact_change", new_email="purchase.ledger@harrowfinch.co.uk",
         note="Retailer head office: reminders must go to the purchase ledger mailbox, this one is not monitored for invoices.",
         body="""Dear Supplier,

Please note that this mailbox is not used for supplier invoices or payment queries. All invoices, statements and reminders must be sent to purchase.ledger@harrowfinch.co.uk, quoting the Harrow & Finch purchase order number.

Correspondence sent to any other address will not be actioned and may delay payment.

Kind regards

Finance Team
Harrow & Finch Stores Ltd
Head Office, Kingsway House, Northampton NN4 7YB

Harrow & Finch Stores Ltd. Registered in England No. 01294837. Registered Office: Kingsway House, Northampton NN4 7YB. VAT No. GB 219 4481 32"""),

    dict(id="s14enb009", country="US", date="2026-12-11T10:02", fmt="apple", stage="reminder", ago=3,
         inv="10476", amt="1,392.00", due="2026-11-28",
         frm="Luis Sandoval <luis@sandovalirrigation.com>",
         intent="dispute",
         note="Refuses the $185 restocking fee; will pay the rest once a corrected invoice is sent.",
         body="""Hi - got this and the total is off. There's a $185 restocking fee on there for the pump we sent back in October. Nobody said anything about a restocking fee when Dale authorized the return and it's not on the RMA either.

We'll pay for the controller and the fittings, not the fee. Send me a corrected invoice without it and I'll pay it the same day.

Luis Sandoval
Sandoval Irrigation & Landscape
(937) 555-0119

Sent from my iPhone"""),

    dict(id="s14enb010", country="GB", date="2026-12-12T08:15", fmt="gmail", stage="second_reminder", ago=4,
         inv="HF-24760", amt="1,290.00", due="2026-11-27",
         frm="Colin Harding <colin@hardingfabrication.co.uk>",
         intent="unsubscribe",
         note="Wants the automated emails stopped and to be phoned instead; no payment statement.",
         body="""Stop sending me these automated emails please. We've dealt with Hartwell for 20 odd years and always paid. If there's a problem with the account ring me or Sue in the office like you used to, 01785 662 041.

I'm not replying to robots every week.

Colin Harding
Harding Fabrication Ltd"""),
]

CASES += [
    dict(id="s14enb011", country="GB", date="2026-12-14T16:05", fmt="html_outlook", stage="final_notice", ago=4,
         inv="HF-24690", amt="8,742.00", due="2026-11-24",
         frm="Stephen Okafor <stephen.okafor@barrowmore.co.uk>",
         cc="Gareth Lowe <gareth.lowe@barrowmore.co.uk>",
         intent="promise", promise_date="2027-01-29",
         note="Main contractor quotes its 60 days end-of-month terms; scheduled for the run on Friday 29 January 2027.",
         body="""Dear Sirs,

I refer to your email below regarding invoice HF-24690.

Your order (PO BC-7714-0932, Riverside Quarter Phase 2) was placed on our standard terms of business, which are payment 60 days from the end of the month of invoice. Your invoice is dated 10 November, so it is not due for payment until the end of January, irrespective of the 14-day terms printed on your invoice.

It is scheduled for our payment run on Friday 29 January 2027 and will be paid then.

Threatening referral to a collection agency over an invoice that is not yet due under the agreed terms is not helpful. I have copied in our Commercial Manager, Gareth Lowe, so that your account manager can take this up with him if necessary.

Regards,

Stephen Okafor
Senior Accountant - Payables
Barrowmore Construction Ltd
Barrowmore House, 2 Tanner Way, Warrington WA5 7TP
Direct: 01925 604 318

Barrowmore Construction Ltd | Registered in England & Wales No. 03358104 | Registered office: Barrowmore House, 2 Tanner Way, Warrington WA5 7TP
This message is confidential. If you are not the intended recipient please delete it and notify the sender."""),

    dict(id="s14enb012", country="US", date="2026-12-14T09:31", fmt="gmail", stage="second_reminder", ago=3,
         inv="10455", amt="2,118.75", due="2026-11-18",
         frm="Jennifer Aldous <jen@tricountymech.com>",
         intent="paid", paid_on="2026-12-11",
         note="Says the ACH went out Friday (11 Dec, reply on Monday 14 Dec); crossed with the reminder.",
         body="""Morning,

Our ACH for this went out Friday, so it should hit your account today or tomorrow. Amount was $2,118.75, trace number on our end is 041000124583391. Let me know if it doesn't show up by Wednesday.

Thanks,
Jen

Jennifer Aldous | Office Manager
Tri-County Mechanical Services
P: 937-555-0124"""),

    dict(id="s14enb013", country="GB", date="2026-12-15T19:48", fmt="apple", stage="second_reminder", ago=5,
         inv="HF-24902", amt="186.24", due="2026-11-20",
         frm="Dev Mistry <dev@mistryhardware.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Very short: will pay Friday (written Tuesday 15 Dec).",
         body="""Sorry been snowed under. Will pay friday

Dev

Sent from my iPhone"""),

    dict(id="s14enb014", country="US", date="2026-12-16T08:51", fmt="html_outlook", stage="reminder", ago=1,
         inv="10427", amt="4,460.00", due="2026-11-30",
         frm="Angela Pruitt <apruitt@dnrparks.ohio.gov>",
         intent="promise",
         note="State agency: approved, EFT to be issued within 10 business days; a window, no single date.",
         body="""Good morning,

Invoice 10427 has been approved for payment by the Division of Parks and forwarded to the State Controller's Office. Payment will be issued via EFT to the account on file within 10 business days.

Please note that under the State's prompt payment rules, payment is due 30 days from receipt of a proper invoice by the agency, and invoice 10427 was not received by our office until November 23.

If you have any questions, please contact the Fiscal Office at the number below and reference the invoice number.

Angela Pruitt
Fiscal Specialist II
Department of Natural Resources - Division of Parks
Fiscal Office, 1850 Capitol Park Drive, Building C
(614) 555-0190

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information."""),

    dict(id="s14enb015", country="FR", loc="US", off="-0500", date="2026-12-16T14:20", fmt="gmail", stage="reminder", ago=2,
         inv="FD-26-1160", amt="11 250,00", due="2026-12-05",
         frm="Megan Costa <accountspayable@hollanderoutdoor.com>",
         intent="bank_details",
         note="US customer asks for full wire instructions (IBAN, SWIFT/BIC, bank address) on letterhead before paying.",
         body="""Hello,

We'd like to get this paid but we can't use the online payment link - it only offers card, and we don't pay international invoices of this size by card.

Could you please send us your complete wire instructions on company letterhead: beneficiary name and address, bank name and address, IBAN and SWIFT/BIC? Our bank also asks for an intermediary bank if you use one for USD, although we'd prefer to send EUR.

Our controls require us to verify new international bank details by phone, so please include a contact number for your accounting department as well.

Thank you,

Megan Costa
Accounts Payable
Hollander Outdoor Apparel, Inc.
88 Pine Street, Burlington, VT 05401
(802) 555-0133"""),

    dict(id="s14enb016", country="GB", date="2026-12-17T07:02", fmt="gmail", stage="final_notice", ago=7,
         inv="HF-24744", amt="1,632.00", due="2026-11-27",
         frm="Paul Donnelly <paul@donnellygroundworks.co.uk>",
         intent="dispute",
         note="Angry: billed for 400 anchors, only 250 delivered; wants a credit note for 150 before paying.",
         body="""Final reminder?? You've billed us for 400 x M16 resin anchor studs and we got 250. The other 150 were on backorder and never turned up, it's on your own delivery note DN 88412 which our lad signed for 250. I told your Dave this on the phone 3 weeks ago.

Send me a credit note for the 150 and I'll pay the rest. I'm not paying for stuff we never got and I don't appreciate being threatened with debt collectors over your mistake.

Paul Donnelly
Donnelly Groundworks Ltd
07700 914 552"""),

    dict(id="s14enb017", country="US", date="2026-12-18T11:20", fmt="outlook", stage="reminder", ago=3,
         inv=[("10498", "845.00", "2026-12-10"), ("10502", "1,270.40", "2026-12-12")],
         frm="Darlene Fritz <dfritz@stillwatervalleyrwd.org>",
         intent="promise",
         note="Both invoices approved, to be paid 'the first week of January' when AP is back: a window, no single date.",
         body="""Hi,

Thanks for the reminder. Our offices will be closed from 12/24 through 1/3 for the holidays. Invoices 10498 and 10502 have both been approved by our operations manager and will be paid the first week of January when AP is back in.

Happy holidays to everyone at Crestline!

Darlene Fritz
Accounting Clerk
Stillwater Valley Rural Water District
PO Box 310, Tipp City, OH 45371
Office: (937) 555-0158"""),

    dict(id="s14enb018", country="GB", date="2026-12-18T16:31", fmt="ooo", ago=0,
         subj_prefix="Automatic reply: ",
         inv="HF-24889", amt="2,364.00", due="2026-12-15",
         frm="Nicola Ward <nicola.ward@airevalleyeng.co.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="Auto-reply: on leave from 18 December, back in the office Tuesday 5 January 2027.",
         body="""Thank you for your email.

I am now on leave from Friday 18th December and will be back in the office on Tuesday 5th January 2027. Our factory closes on 23rd December and reopens on 4th January.

For urgent purchase ledger queries please contact purchaseledger@airevalleyeng.co.uk or call 01274 551 900.

Merry Christmas and a happy New Year.

Nicola Ward
Purchase Ledger Supervisor
Aire Valley Engineering Ltd"""),

    dict(id="s14enb019", country="GB", date="2026-12-21T23:40", fmt="gmail", stage="reminder", ago=4,
         inv="HF-24856", amt="974.88", due="2026-12-04",
         frm="Craig Benton <craig@bentonshopfitting.co.uk>",
         intent="promise",
         note="Will settle 'after Christmas' once a job is signed off: vague time, no date.",
         body="""Hi, sorry, its been manic with all the store fit outs before christmas. I'll get this sorted after christmas once the last job is signed off and we've been paid ourselves.

Apologies for the delay

Craig
Benton Shopfitting"""),

    dict(id="s14enb020", country="US", date="2026-12-22T10:47", fmt="gmail", stage="reminder", ago=1,
         inv="10507", amt="689.99", due="2026-12-12",
         frm="Dave Hoffmann <hoffmannfarms@gmail.com>",
         intent="paid", paid_on="2026-12-22",
         note="Paid this morning online via the link, confirmation number given.",
         body="""Paid this morning through the link in your email. Confirmation number 88213-CX.

Thanks and Merry Christmas,
Dave Hoffmann"""),
]

CASES += [
    dict(id="s14enb021", country="FR", date="2026-12-22T09:15", fmt="ooo", ago=0,
         subj_prefix="Autosvar: ",
         inv="FD-26-1192", amt="3 080,00", due="2026-12-20",
         frm="Malin Ekström <malin.ekstrom@norrvikdesign.se>",
         intent="out_of_office", return_date="2027-01-07",
         note="Swedish/English auto-reply: on holiday until 6 January inclusive, back in the office 7 January.",
         body="""Hej!

Jag har julledigt till och med 6 januari och är tillbaka på kontoret torsdag 7 januari. Vid brådskande ärenden, kontakta info@norrvikdesign.se.

Hi!

I am on Christmas holiday until 6 January inclusive and will be back in the office on Thursday 7 January. For urgent matters please contact info@norrvikdesign.se.

God jul och gott nytt år / Merry Christmas and a happy New Year

Malin Ekström
Norrvik Design AB"""),

    dict(id="s14enb022", country="US", date="2026-12-23T08:00", fmt="ooo", ago=1,
         subj_prefix="Out of Office: ",
         inv="10515", amt="1,522.00", due="2026-12-15",
         frm="Gary Lindholm <glindholm@keystonemunicipal.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Out through Friday January 1: first working day back is Monday January 4.",
         body="""Thank you for your message. I will be out of the office through Friday, January 1 with limited access to email.

For accounts payable questions please contact ap@keystonemunicipal.com or call (330) 555-0141. For anything urgent regarding orders, please contact Brian Haskins at bhaskins@keystonemunicipal.com.

Happy Holidays,
Gary"""),

    dict(id="s14enb023", country="GB", date="2026-12-24T09:05", fmt="tb", stage="heads_up", ago=2,
         inv="HF-24920", amt="412.56", due="2027-01-08",
         frm="Andy Reeve <andy@reevesteelerectors.co.uk>",
         intent="other",
         note="Question about the trade counter's opening hours over Christmas; says nothing about paying.",
         body="""Morning,

Are you lot open between Christmas and New Year at all? We need to collect 2 boxes of M12 x 120 throughbolts and a few tubes of chemical anchor for a job starting on the 29th.

If the trade counter is shut is there anyone we can ring?

Cheers
Andy Reeve
Reeve Steel Erectors
07831 446 209"""),

    dict(id="s14enb024", country="US", date="2026-12-28T07:45", fmt="ooo", ago=4,
         subj_prefix="Automatic reply: ",
         inv="10489", amt="2,240.00", due="2026-12-05",
         frm="Fiscal Office <fiscal@tworiverstownship.org>",
         intent="out_of_office", return_date="2026-12-30",
         note="Out Monday 12/28 and Tuesday 12/29, returning Wednesday 12/30.",
         body="""I am out of the office Monday 12/28 and Tuesday 12/29 and will return Wednesday, 12/30. Your email will be answered upon my return.

If this is regarding a road or water emergency, please call the Township Service Department at (419) 555-0102.

Karen Voss
Fiscal Officer
Two Rivers Township"""),

    dict(id="s14enb025", country="US", date="2026-12-29T21:12", fmt="gmail", stage="second_reminder", ago=7,
         inv="10388", amt="1,145.80", due="2026-11-20",
         frm="Rick Tolliver <ricktollivermechanical@gmail.com>",
         intent="promise", promise_date="2027-01-04",
         note="Phone-typed with typos; will mail a check Monday (written Tuesday 29 Dec, so Monday 4 Jan).",
         body="""sorry been crazy w the holidays and my office gal is out til after new years. ill mail a check monday for the 1145.80

rick"""),

    dict(id="s14enb026", country="US", date="2026-12-30T12:30", fmt="gmail", stage="repeat", ago=2,
         inv="10401", amt="3,306.00", due="2026-11-06",
         frm="Brandon Meeks <brandon.meeks86@gmail.com>",
         intent="other",
         note="Wrong recipient: no longer works for the debtor company and gives no new contact.",
         body="""Hi,

I think you have the wrong email for this. I haven't worked at Hollis Mechanical since August and I don't know who is handling their bills now, sorry. You might try calling their main office.

Brandon"""),

    dict(id="s14enb027", country="GB", date="2027-01-04T11:50", fmt="tb", stage="firm", ago=4,
         inv=[("HF-24803", "640.80", "2026-11-30"), ("HF-24841", "1,212.00", "2026-12-05")],
         frm="Alison Marr <accounts@caldermodular.co.uk>",
         intent="paid", paid_on="2026-12-23",
         note="Both invoices paid together in one BACS payment on 23rd December.",
         body="""Hello,

Both of these invoices were paid together in a single BACS payment of £1,852.80 on 23rd December, reference CALDER HF24803/41. I suspect it's sitting unallocated on your side as the reference may have been cut short by the bank.

Can you please check and confirm, and also remove the statutory interest wording - we are not late.

Many thanks

Alison Marr
Accounts Assistant
Calder Modular Buildings Ltd
Mytholm Works, Hebden Bridge HX7 6DL
Tel: 01422 843 377"""),

    dict(id="s14enb028", country="FR", loc="GB", date="2027-01-04T15:10", fmt="apple", stage="final_notice", ago=6,
         inv="FD-26-1131", amt="6 780,00", due="2026-11-15",
         frm="Siobhán Keane <siobhan@inishmoreknitwear.ie>",
         intent="plan_request",
         note="Irish customer asks to pay in three instalments; no dates committed.",
         body="""Dear Filature Delorme team,

Happy New Year, and I'm sorry this has dragged on. December was much quieter for us than we had hoped and the tourist shops we supply have been slow to pay us in turn.

Would it be possible to pay invoice FD-26-1131 in three instalments over the next three months instead of in one go? I'd rather be honest with you now than keep missing dates. We value the relationship and want to keep ordering the merino for the spring range.

Let me know if that would work and how you'd like it set up.

Kind regards,
Siobhán

Siobhán Keane
Inishmore Knitwear Ltd
Kilronan, Aran Islands, Co. Galway
+353 99 61 482"""),

    dict(id="s14enb029", country="US", date="2027-01-05T13:14", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="10438", amt="3,125.00", due="2026-12-01",
         frm="Pamela Greer <pgreer@northfieldlocalschools.org>",
         intent="paid", paid_on="2026-12-22",
         note="School district: check issued 12/22/2026 and mailed.",
         body="""Hello,

Our records show that check #004512 in the amount of $3,125.00 was issued to Crestline Pump & Supply LLC on 12/22/2026 for invoice 10438 (boiler room circulator pumps, PO 27-0318) and mailed to the remit address on your invoice.

With the holidays, mail may be running slow. If the check has not arrived by 1/15, please let me know and we will void and reissue.

Thank you,

Pamela Greer
Accounts Payable
Northfield Local School District
Treasurer's Office
(740) 555-0127 ext. 2204"""),

    dict(id="s14enb030", country="GB", date="2027-01-06T08:03", fmt="ooo", ago=1,
         inv="HF-24935", amt="588.00", due="2026-12-31",
         frm="Martin Crewe <martin.crewe@nhs.net>",
         intent="out_of_office", return_date="2027-01-11",
         note="NHS auto-reply: on annual leave, returning Monday 11th January.",
         body="""Thank you for your email. I am currently on annual leave, returning on Monday 11th January.

For urgent Estates requests please contact the Estates Helpdesk on 01743 261 000 ext 4410 or email the team mailbox. For invoice and payment queries please contact the Trust's Accounts Payable team directly.

Martin Crewe
Estates Officer - Engineering
Kingsmere Community Health NHS Trust"""),
]

CASES += [
    dict(id="s14enb031", country="US", date="2027-01-07T14:26", fmt="gmail", stage="firm", ago=2,
         inv="10466", amt="3,740.00", due="2026-11-30",
         frm="Tony Russo <tony@bigcreekcarwash.com>",
         intent="plan_request",
         note="Asks to pay $500 a month because business is slow; no start date committed.",
         body="""Hi,

I know this is overdue and I'm not trying to dodge it. Winter is always slow for us but this year has been rough, we had the second bay down most of December (which is what the new pumps were for). 

Is there any way we could do $500 a month until it's paid off? I can set it up as a recurring payment on my end if you send me what you need.

Thanks for understanding,
Tony Russo
Big Creek Car Wash
(513) 555-0176"""),

    dict(id="s14enb032", country="GB", date="2027-01-08T14:20", fmt="html_outlook", stage="firm", ago=3,
         inv="HF-24655", amt="912.00", due="2026-11-06",
         frm="Priya Shah <priya.shah9@nhs.net>",
         intent="promise", promise_date="2027-01-14",
         note="NHS AP: goods receipt now done, hold released, paid in next payment run on 14/01/2027.",
         body="""Dear Hartwell Fixings,

Thank you for your email regarding invoice HF-24655.

This invoice was placed on hold as no goods receipt had been entered against purchase order NSH0042871. I have chased the requisitioner in Estates and the receipt has now been completed, so the hold has been released.

The invoice will be paid in our next payment run on 14/01/2027. Please note the Trust pays by BACS and a remittance advice will be emailed to the address held on your supplier record.

To avoid delays in future, please ensure all invoices quote a valid NSH purchase order number.

Kind regards,

Priya Shah
Accounts Payable Officer
Finance Shared Services
North Severn Hospitals NHS Foundation Trust
Tel: 01905 733 260

********************************************************************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful.
NHSmail is the secure email and directory service available for all NHS staff in England and Scotland.
********************************************************************************************************************"""),

    dict(id="s14enb033", country="FR", loc="GB", date="2027-01-08T17:52", fmt="apple", stage="reminder", ago=3,
         inv="FD-26-1188", amt="845,00", due="2026-12-20",
         frm="Harriet Moss <harriet@thewoolloft.co.uk>",
         intent="other",
         note="Passed to her accountant who makes the payments; no commitment or date.",
         body="""Hello,

Thanks for the reminder. I don't do the payments myself, our accountant handles all of that for us (Helen at Marsh & Co, Halifax), so I've forwarded your email on to her. She'll be in touch if she needs anything from you.

Best wishes,
Harriet

The Wool Loft
12 Market Street, Hebden Bridge"""),

    dict(id="s14enb034", country="GB", date="2027-01-10T20:14", fmt="apple", stage="second_reminder", ago=5,
         inv="HF-24894", amt="231.60", due="2026-12-18",
         frm="Lee Fenwick <lee.fenwick.kitchens@outlook.com>",
         intent="paid", paid_on="2027-01-09",
         note="Written on Sunday 10 Jan: paid yesterday = Saturday 9 Jan.",
         body="""Paid yesterday. Sorry for the delay, was away over new year

Lee

Sent from my iPad"""),

    dict(id="s14enb035", country="GB", date="2027-01-11T10:30", fmt="gmail", stage="second_reminder", ago=6, fwd=True,
         inv="HF-24838", amt="1,487.52", due="2026-12-11",
         frm="Lucy Carver <office@denholmjoinery.co.uk>",
         intent="promise", promise_date="2027-01-20",
         note="Office assistant forwards the director's answer: it will be paid by the 20th (January).",
         body="""Hi,

Please see Mark's reply below re the outstanding invoice.

Thanks,
Lucy

Lucy Carver
Office Administrator
Denholm Joinery Ltd
01642 771 305

---------- Forwarded message ---------
From: Mark Denholm <mark@denholmjoinery.co.uk>
Date: Mon, 11 Jan 2027 at 09:58
Subject: Re: Second reminder: invoice HF-24838 overdue – Hartwell Fixings Ltd
To: Lucy Carver <office@denholmjoinery.co.uk>


Lucy - tell them it'll be paid by the 20th. The bank's been a pain moving us over to the new business account, should all be sorted by then.

M"""),

    dict(id="s14enb036", country="FR", date="2027-01-12T09:37", fmt="tb", stage="repeat", ago=4,
         inv="FD-26-1187", amt="4 870,00", due="2026-11-30",
         frm="Henk Visser <h.visser@vissertextiel.nl>",
         intent="promise", promise_date="2027-01-31",
         note="Dutch customer: will be transferred 'at the end of this month' (January) = 31 January.",
         body="""Dear Sirs,

Sorry for the late payment. Our financial department had some changes in December and a few invoices are delayed because of this. I have spoken with our controller and the invoice FD-26-1187 will be transferred at the end of this month, together with the payment for the new order.

I hope this is ok for you.

Best regards,

Henk Visser
Inkoop / Purchasing
Visser Textiel B.V.
Ringbaan-Oost 214, 5013 CD Tilburg
+31 13 544 2870"""),

    dict(id="s14enb037", country="GB", date="2027-01-12T09:04", fmt="bounce",
         inv="HF-24961", amt="355.20", due="2026-12-31",
         rcpt="accounts@ridgewaykitchens.co.uk", status="5.1.10",
         remote="ridgewaykitchens-co-uk.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts@ridgewaykitchens.co.uk not found by SMTP address lookup",
         intent="bounce",
         note="Delivery failure: recipient address not found.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

accounts@ridgewaykitchens.co.uk

The recipient's mail server reported that the address does not exist. Please check the address and try again."""),

    dict(id="s14enb038", country="US", date="2027-01-13T10:44", fmt="html_outlook", stage="reminder", ago=2,
         inv="10519", amt="7,482.00", due="2026-12-28",
         frm="Carl Dempsey <cdempsey@fairviewcountyengineer.org>",
         intent="dispute",
         note="County contests the unit price: contract price is $1,089, not $1,247; wants a corrected invoice for $6,534.",
         body="""Good morning,

We are unable to process invoice 10519 as billed. The submersible pumps (qty 6) are invoiced at $1,247.00 each, but the unit price under our annual supply contract (Contract No. FCE-2026-14, awarded March 2026) is $1,089.00.

Please issue a corrected invoice at the contract price, for a total of $6,534.00, referencing the contract number. Once we receive it, it will be processed in our next payment cycle.

Regards,

Carl Dempsey
Business Administrator
Fairview County Engineer's Office
1200 County Garage Road
(419) 555-0139"""),

    dict(id="s14enb039", country="GB", date="2027-01-14T11:05", fmt="outlook", stage="second_reminder", ago=2,
         inv="HF-24877", amt="2,046.00", due="2026-12-20",
         frm="Karen Booth <karen.booth@linwoodscaffolding.co.uk>",
         intent="bank_details",
         note="Received a suspicious 'change of bank details' email; wants the bank details confirmed by phone before paying.",
         body="""Hi,

Before we pay this - we had an email last week, supposedly from your accounts team, saying Hartwell have moved banks to Metro Bank and giving a new sort code and account number. It looked a bit off to me (the email came from hartwell-fixings.co with no .uk on the end) so I haven't changed anything on our system.

Can someone from your accounts department please ring me on 0161 480 2279 to confirm your correct bank details? We won't be paying to a new account until we've spoken to someone we know.

Thanks

Karen Booth
Accounts
Linwood Scaffolding Ltd
Unit 12, Bredbury Park Way, Stockport SK6 2SN"""),

    dict(id="s14enb040", country="GB", date="2027-01-15T12:03", fmt="gmail", stage="firm", ago=3,
         inv=[("HF-24710", "1,980.00", "2026-11-15"), ("HF-24788", "2,436.60", "2026-11-30"), ("HF-24851", "1,104.20", "2026-12-15")],
         frm="Rachel Doyle <rachel.doyle@oakmeregardencentres.co.uk>",
         intent="plan_request",
         note="Partial payment of £1,500 made today; asks to spread the remaining balance over February and March (no dates fixed).",
         body="""Hi there,

Apologies for the delay on these. December trading was well down on last year across our three sites and we are managing cash carefully until the spring season picks up.

We have today paid £1,500.00 against the account, which you should see as a Faster Payment referenced OAKMERE HF24710. Would you be willing to let us spread the remaining £4,020.80 over February and March? I can confirm exact amounts and dates once I know what you'd be happy with.

I'd also ask that you hold off on any statutory interest while we sort this out - we have traded with you for a long time and always settled.

Many thanks,

Rachel Doyle
Finance Manager
Oakmere Garden Centres Ltd
Tel: 01606 889 412 | Mob: 07912 306 558"""),
]

CASES += [
    dict(id="s14enb041", country="GB", date="2027-01-18T09:20", fmt="html_outlook", stage="reminder", ago=4,
         inv="HF-24871", amt="2,905.20", due="2026-12-31",
         frm="Supplier Invoices <supplier.invoices@thornburyregional.co.uk>",
         intent="copy_request",
         note="Main contractor's AP: invoice rejected for lack of a valid PO number; asks for it to be re-issued quoting the PO.",
         body="""Dear Supplier,

Thank you for your email. We have no record of invoice HF-24871 on our purchase ledger. Our scanning system automatically rejects any invoice that does not quote a valid 10-digit Thornbury purchase order number (beginning 45), and we believe this is what has happened here.

Please re-issue the invoice quoting the correct PO number, together with a copy of the signed delivery note, and send it to this mailbox. If you do not have the PO number, please obtain it from the site buyer who placed the order.

Invoices are paid in accordance with the terms of the purchase order once they have been matched and approved.

Regards

Purchase Ledger Team
Thornbury Regional Construction plc
Thornbury Court, Aztec West, Bristol BS32 4TL

Thornbury Regional Construction plc. Registered in England and Wales No. 02047719. Registered office: Thornbury Court, Aztec West, Bristol BS32 4TL. This email and any attachments are confidential and may be privileged."""),

    dict(id="s14enb042", country="FR", loc="GB", date="2027-01-19T17:05", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="FD-26-1210", amt="1 430,00", due="2026-12-31",
         frm="Imogen Felton <imogen@feltonweaving.co.uk>",
         intent="paid", paid_on="2027-01-19",
         note="UK customer has just made the euro transfer (today); may take a couple of days to arrive.",
         body="""Hi,

So sorry for the delay - I was waiting for my business account to be set up for euro payments, which took far longer than the bank promised.

I've just made the transfer now for the full €1,430.00 with the invoice number as the reference. As it's an international payment it may take a couple of days to show on your side.

Thanks for your patience, and I'll be placing another order for the undyed linen in February.

Best,
Imogen

Imogen Felton
Felton Weaving Studio
www.feltonweaving.co.uk"""),

    dict(id="s14enb043", country="GB", date="2027-01-19T10:10", fmt="tb", stage="reminder", ago=4,
         inv="HF-24944", amt="4,312.80", due="2027-01-10",
         frm="Purchase Ledger <purchaseledger@brindlehomestores.co.uk>",
         intent="paid", paid_on="2027-01-14",
         note="Retailer head office: included in last Thursday's payment run (reply Tuesday 19 Jan, so 14 Jan).",
         body="""Good morning,

Invoice HF-24944 was included in our payment run last Thursday and should now be in your account. A remittance was sent to accounts@hartwellfixings.co.uk on the same day.

Brindle & Co pay suppliers weekly on Thursdays by BACS, on 30 days from receipt of a correctly matched invoice.

Regards

Dawn Pickering
Purchase Ledger Clerk
Brindle & Co Home Stores Ltd - Head Office
Brindle House, Centurion Way, Leyland PR26 6TZ
01772 425 800"""),

    dict(id="s14enb044", country="US", date="2027-01-20T16:40", fmt="none", stage="repeat", ago=2,
         inv="10472", amt="865.00", due="2026-12-01",
         frm="Marcus Webb <marcus@ovagdist.com>",
         intent="paid",
         note="Says it was already paid, no date given.",
         body="""This was paid already. Please check your records before sending these. Third one of these I've gotten.

Marcus Webb
Ohio Valley Ag Distributors"""),

    dict(id="s14enb045", country="FR", loc="GB", date="2027-01-21T15:33", fmt="gmail", stage="reminder", ago=3,
         inv="FD-26-1199", amt="3 615,00", due="2027-01-05",
         frm="Francesca Bertoni <amministrazione@maglificiobertoni.it>",
         intent="dispute",
         note="Italian customer: part of the yarn lot has dyeing defects and was sent back; won't pay until replacement arrives.",
         body="""Good afternoon,

regarding your invoice FD-26-1199, we inform you that 14 cones of the lot (colour 'bordeaux', lot 26-4471) have a big difference of colour and we can not use them in production. Our technician sent photos to Mr. Delorme on 22 December and the cones was sent back to you with the DHL on 8 January.

We can not pay the invoice until we receive the replacement yarn or a credit note for the returned cones. Please let us know how you want to proceed.

Best regards

Francesca Bertoni
Amministrazione
Maglificio Bertoni S.r.l.
Via dell'Industria 38, 41012 Carpi (MO)
Tel. +39 059 684 213"""),

    dict(id="s14enb046", country="US", date="2027-01-22T10:15", fmt="outlook", stage="reminder", ago=3,
         inv="10528", amt="2,684.00", due="2027-01-15",
         frm="Ron Kessler <rkessler@prairieviewag.com>",
         intent="contact_change", new_email="dwhitfield@prairieviewag.com",
         note="Retiring; asks that account correspondence now go to the new controller.",
         body="""Hello,

I am retiring at the end of the month, so please direct all future correspondence regarding our account, including statements and reminders, to our new Controller, Dana Whitfield, at dwhitfield@prairieviewag.com.

I've forwarded this reminder to Dana so she can follow up on it.

It's been a pleasure working with your team these past twelve years.

Ron Kessler
Controller
Prairie View Ag Equipment, Inc.
(419) 555-0166"""),

    dict(id="s14enb047", country="FR", date="2027-01-25T09:48", fmt="tb", stage="second_reminder", ago=3,
         inv="FD-26-1215", amt="2 186,00", due="2027-01-15",
         frm="Lars Skovgaard <bogholderi@skovgaard-interior.dk>",
         intent="copy_request",
         note="Danish customer can't find the invoice; asks for a copy, the delivery note and a statement of account.",
         body="""Hello,

We cannot find invoice FD-26-1215 in our system. Our last delivery from you was in November on invoice FD-26-1178, which we have paid.

Could you please send us a copy of the invoice, the delivery note and a statement of our account? Then we will check it with our warehouse.

Kind regards / Med venlig hilsen

Lars Skovgaard
Bogholderi / Accounts
Skovgaard Interiør A/S
Industrivej 9, 7400 Herning, Denmark
+45 97 12 40 88"""),

    dict(id="s14enb048", country="GB", date="2027-01-26T14:02", fmt="outlook", stage="second_reminder", ago=4,
         inv="HF-24960", amt="5,118.00", due="2027-01-15",
         frm="Sanjay Patel <s.patel@penninerackingsystems.co.uk>",
         intent="dispute",
         note="Invoice priced at the new 2027 list; says prices were agreed frozen to 31 March; wants a credit note.",
         body="""Hi,

We won't be paying HF-24960 as it stands. It has been priced at your new 2027 list prices, which are roughly 8% up on what we were paying in December. When we renewed our annual agreement with Simon in September, he confirmed in writing that our prices were frozen until 31 March 2027 - I can forward you his email if needed.

Please issue a credit note for the difference (my calculation is £379.20 plus VAT) or a corrected invoice at the agreed prices and we'll pay it in our next run.

Regards

Sanjay Patel
Financial Controller
Pennine Racking Systems Ltd
Lowfields Business Park, Elland HX5 9DA
Tel 01422 371 904

Pennine Racking Systems Ltd. Registered in England No. 05512093."""),

    dict(id="s14enb049", country="US", date="2027-01-27T19:30", fmt="gmail", stage="reminder", ago=2,
         inv="10533", amt="1,860.00", due="2027-01-20",
         frm="Linda Carver <lindacarver1957@yahoo.com>",
         intent="unsubscribe",
         note="Homeowner asks to be removed from the email list.",
         body="""Please remove this email address from your mailing list. I do not want to receive any more emails from your company.

Linda Carver"""),

    dict(id="s14enb050", country="GB", date="2027-01-28T11:12", fmt="html_outlook", stage="repeat", ago=3,
         inv="HF-24812", amt="3,078.00", due="2026-11-30",
         frm="Accounts <accounts@ferrisdunninteriors.co.uk>",
         intent="other",
         note="Debtor has entered administration; claims must go to the joint administrators (insolvency, not a payment reply).",
         body="""Dear Sir/Madam,

Ferris & Dunn Interiors Limited - In Administration

Please be advised that on 25 January 2027 Ferris & Dunn Interiors Limited entered administration, and Mark Ellison and Rachel Trent of Kingsley Harper Restructuring LLP were appointed as Joint Administrators.

Any amounts owed to you by the company as at that date should be submitted as a claim to the Joint Administrators at ferrisdunn@kingsleyharper.co.uk, quoting your supplier name and the invoices concerned. A formal notice to creditors will be sent in due course.

This mailbox cannot process payment requests or agree payment of pre-appointment debts.

Yours faithfully

For and on behalf of Ferris & Dunn Interiors Limited (in administration)

The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability."""),
]
