"""Set 17, part en_b: English replies (GB, US, and foreign customers of a French firm). Handwritten."""

CASES = [
    dict(id="s17enb001", country="GB", date="2026-12-08T10:42", fmt="html_outlook", stage="reminder", ago=1,
         inv="HFS-24817", amt="486.20", due="2026-11-20",
         frm="Joanne Pritchard <bursar@staldhelms.staffs.sch.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Authorised; on the BACS run for Friday 11th.",
         body="""Good morning,

Apologies for the delay with this one. The invoice was sitting in our approvals queue waiting for the Head's sign-off, which came through yesterday afternoon. It's now on our BACS run for Friday 11th, so you should see it in your account early the following week.

Kind regards

Joanne Pritchard
School Business Manager
St Aldhelm's C of E Primary School
Tel: 01785 660 214

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Staffordshire Learning Trust is a charitable company limited by guarantee, registered in England No. 07734519."""),

    dict(id="s17enb002", country="US", date="2026-12-08T16:05", fmt="gmail", stage="reminder", ago=1,
         inv="10498", amt="260.00", due="2026-11-20",
         frm="Linda Haas <haasfamilypharmacy@gmail.com>",
         intent="dispute",
         note="Says the account was closed in August and the visit was never ordered; asks to cancel.",
         body="""We didn't order anything from you in October. We closed our account with Tri-County back in August and switched providers, I have the email from your rep confirming it. I'm not paying for a service visit we never asked for.

Please cancel this invoice.

Linda Haas
Haas Family Pharmacy"""),

    dict(id="s17enb003", country="GB", date="2026-12-08T11:30", fmt="outlook", stage="reminder", ago=1,
         inv="HFS-24835", amt="618.00", due="2026-11-25",
         frm="Nicola Hirst <nicola.hirst@caldergroup.co.uk>", cc="purchaseledger@caldergroup.co.uk",
         intent="contact_change", new_email="purchaseledger@caldergroup.co.uk",
         note="Asks that invoices and reminders go to the purchase ledger inbox; has forwarded this one.",
         body="""Hi,

Can you please update your records and send all invoices, statements and reminders to our accounts payable inbox at purchaseledger@caldergroup.co.uk? I'm the site office manager and I don't process payments, so things tend to get delayed when they come to me.

I've forwarded this one on to them (copied in).

Thanks
Nicola Hirst
Office Manager – Calder Group, Huddersfield site
01484 555 602"""),

    dict(id="s17enb004", country="US", date="2026-12-09T14:15", fmt="outlook", stage="second_reminder", ago=2,
         inv="10452", amt="3,870.00", due="2026-11-06",
         frm="Denise Kowalczyk <dkowalczyk@svhealthsys.org>",
         intent="paid", paid_on="2026-12-04",
         note="ACH sent 12/4/2026 with trace number.",
         body="""Hello,

Our records show this invoice was paid via ACH on 12/4/2026 in the amount of $3,870.00, trace number 031100209448172. It may have crossed with your reminder. Please allow 2-3 business days for it to post on your end.

If it still isn't showing by the end of the week, reply with your bank's confirmation and I'll open a trace.

Thanks,
Denise Kowalczyk
Accounts Payable Specialist
Susquehanna Valley Health System
P: 570-555-0192 | F: 570-555-0199

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""),

    dict(id="s17enb005", country="GB", date="2026-12-09T12:14", fmt="gmail", stage="reminder", ago=2,
         inv="HFS-24791", amt="564.00", due="2026-11-28",
         frm="Sam Ahmed <accounts@lindleyvets.co.uk>",
         intent="paid", paid_on="2026-12-09",
         note="Paid this morning by bank transfer.",
         body="""Hi,

Paid this morning by bank transfer – apologies, it slipped through while our usual bookkeeper was off. Remittance should follow from Xero.

Regards
Sam Ahmed
Bookkeeper (part-time)
Lindley Veterinary Practice
01484 555 309"""),

    dict(id="s17enb006", country="GB", date="2026-12-09T09:04", fmt="bounce",
         inv="HFS-24842", amt="1,106.40", due="2026-11-27",
         rcpt="bursar@stjudes-academy.org.uk", status="5.1.10",
         remote="stjudesacademy-org-uk.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:

bursar@stjudes-academy.org.uk

The recipient's mail server rejected the address: the mailbox does not exist. The message was not delivered."""),

    dict(id="s17enb007", country="FR", loc="GB", date="2026-12-10T16:20", fmt="gmail", stage="reminder", ago=3,
         inv="F-2026-1184", amt="2 860,00", due="2026-11-30",
         frm="Siobhán Keane <purchasing@glenmorehousehotel.ie>",
         intent="promise",
         note="Irish hotel; transfer 'early next week' once the finance manager is back: a window, no single day.",
         body="""Dear Sir/Madam,

Thank you for the reminder. Our finance manager is away until Monday and she approves all foreign payments, so the transfer will go out early next week once she's back.

Sorry for the delay – the table linen is lovely by the way, the guests have noticed.

Best regards,
Siobhán Keane
Front Office & Purchasing
The Glenmore House Hotel
Kenmare, Co. Kerry, Ireland
+353 64 664 1820"""),

    dict(id="s17enb008", country="US", date="2026-12-10T15:40", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="10470", amt="742.50", due="2026-11-13",
         frm="Tom Ferreira <office@ferreirabroshvac.com>",
         intent="paid", paid_on="2026-12-07",
         note="Check #40218 mailed on Monday (Dec 7).",
         body="""Hello,

We mailed check #40218 for $742.50 on Monday, so it should be arriving any day now. Mail has been slow with all the holiday volume.

Best,
Tom Ferreira
Ferreira Brothers HVAC
(717) 555-0182"""),

    dict(id="s17enb009", country="GB", date="2026-12-10T10:05", fmt="html_outlook", stage="reminder", ago=3,
         inv="HFS-24860", amt="2,304.00", due="2026-11-30",
         frm="NMHC Accounts Payable <ap.enquiries@nmhc-sbs.nhs.uk>",
         intent="copy_request",
         note="No PO, no pay: asks for the invoice to be resubmitted quoting a valid PO number.",
         body="""Dear Supplier,

Thank you for your email. We have been unable to process invoice HFS-24860 as it does not quote a valid purchase order number. In line with the Trust's No PO, No Pay policy, invoices received without a PO cannot be paid.

Please obtain the PO number from your requisitioner at the Trust and resubmit the invoice quoting it to invoices@nmhc-sbs.nhs.uk. Please do not send invoices to this mailbox, which is for enquiries only.

Kind regards,

Accounts Payable Team
North Midlands Healthcare NHS Trust – Shared Business Services

This email is intended for the named recipient only. If you have received it in error, please notify the sender and delete it. NHS organisations are subject to the Freedom of Information Act 2000."""),

    dict(id="s17enb010", country="GB", date="2026-12-11T17:48", fmt="gmail", stage="final_notice", ago=3,
         inv="HFS-24655", amt="728.40", due="2026-11-13",
         frm="Gary Whitlock <gary@whitlockcleaning.co.uk>",
         intent="promise", promise_date="2026-12-15",
         note="Angry at the tone; 'by Tuesday' (15 Dec). Quoted deadline is 16 Dec, not labelled.",
         body="""I've been a customer of yours for six years and this is the first time I've been late with anything. A "final reminder before referral" four weeks after the due date is frankly a bit much.

You'll have your money by Tuesday. No need for the threats.

Gary Whitlock
Whitlock Cleaning Services"""),

    dict(id="s17enb011", country="FR", loc="GB", date="2026-12-11T13:15", fmt="html_gmail", stage="reminder", ago=4,
         inv="F-2026-1172", amt="5 640,00", due="2026-11-30",
         frm="Oliver Grant <gm@thewharfhouse.co.uk>",
         intent="dispute",
         note="Short delivery (32 of 40 pairs invoiced); will pay once corrected.",
         body="""Hello,

Before we pay this I need to flag a problem. The invoice is for 40 pairs of blackout curtains but only 32 pairs arrived (the delivery note says 40, but there were 4 boxes of 8, not 5). I emailed your sales team on 25 November with photos and haven't had a reply.

Can you either send the missing 8 pairs or issue a corrected invoice for 32? We'll pay as soon as that's resolved.

Thanks,
Oliver Grant
General Manager
The Wharf House, Bristol"""),

    dict(id="s17enb012", country="GB", date="2026-12-14T11:05", fmt="tb", stage="reminder", ago=4,
         inv="HFS-24903", amt="1,142.75", due="2026-11-30",
         frm="Martin Okafor <m.okafor@parkside-rm.co.uk>",
         intent="promise", promise_date="2026-12-31",
         note="Payment scheduled for 31/12 from the block account; side request about addressing future invoices.",
         body="""Hello,

This relates to the caretaking supplies for Albion Court. The service charge account for that block is a bit short until the quarter's collections come in, but I have scheduled payment for 31/12 from the block account.

If you could put future invoices for Albion Court for the attention of the block manager that would help us allocate them quicker.

Regards

Martin Okafor
Block Accounts
Parkside Residential Management Ltd
0121 496 0733"""),

    dict(id="s17enb013", country="US", date="2026-12-14T09:35", fmt="ooo", stage="second_reminder", ago=0,
         inv="10509", amt="1,025.00", due="2026-11-28",
         frm="Sharon Mitchell <smitchell@cumberlandfoods.com>",
         intent="out_of_office", return_date="2026-12-16",
         note="Jury duty; returns Wednesday 12/16.",
         body="""Hello,

I am currently out of the office on jury duty and will return Wednesday, 12/16. I will respond to your message as soon as possible upon my return. If you need immediate assistance, please contact Brian Walsh at bwalsh@cumberlandfoods.com.

Sharon Mitchell
Accounts Payable Supervisor
Cumberland Foods, Inc."""),

    dict(id="s17enb014", country="US", date="2026-12-15T10:48", fmt="outlook", stage="reminder", ago=1,
         inv=[("10488", "920.00", "2026-11-15"), ("10502", "1,310.00", "2026-11-25")],
         frm="Carla Mendes <cmendes@harborpointwater.org>",
         intent="promise", promise_date="2026-12-23",
         note="Both invoices approved for the 12/23 check run.",
         body="""Hi,

Both invoices (10488 and 10502) have been approved and are included in our 12/23 check run. Checks are mailed the same day, so please allow the usual mail time.

Thank you,
Carla Mendes
Accounting Clerk
Harbor Point Water Authority
300 Front St., Marietta, PA 17547
(717) 555-0110 ext. 214"""),

    dict(id="s17enb015", country="GB", date="2026-12-15T08:20", fmt="gmail", stage="firm", ago=1,
         inv="HFS-24702", amt="1,460.40", due="2026-11-18",
         frm="Paula Kenning <paula.kenning@kenningcare.co.uk>",
         intent="dispute",
         note="Goods returned, credit note never issued; refuses to pay until it arrives.",
         body="""Third reminder?? Seriously?

We RETURNED 6 cases of the nitrile gloves in October because they were the wrong size. Your driver collected them, I have his signature on the returns note. I was promised a credit note and I have chased it TWICE. Until that credit note arrives we are not paying this invoice, and I'm not paying interest on it either.

Sort it out please.

Paula Kenning
Operations Manager
Kenning Care Homes Ltd
Tel 01922 555 471"""),

    dict(id="s17enb016", country="US", date="2026-12-16T22:47", fmt="apple", stage="second_reminder", ago=2,
         inv="10517", amt="385.00", due="2026-11-30",
         frm="Tony Russo <tonyrusso.meats@gmail.com>",
         intent="promise", promise_date="2026-12-18",
         note="Phone-typed; will pay Friday (Dec 18).",
         body="""got it sorry been slammed w holiday orders. will pay friday when im back at the desk

Sent from my iPhone"""),

    dict(id="s17enb017", country="FR", loc="GB", date="2026-12-16T11:25", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="F-2026-1158", amt="7 920,00", due="2026-11-20",
         frm="Richard Ames <richard.ames@amescoyle.co.uk>",
         intent="plan_request",
         note="Not disputing; asks to settle in instalments and for the firm's proposal.",
         body="""Dear Sir or Madam,

Thank you for your email regarding invoice F-2026-1158.

We are not disputing the invoice. However, one of our major clients has gone into administration owing us a considerable sum, and our cash position will be tight until the spring. We would therefore like to propose settling the balance in instalments, and would welcome your suggestion as to what would be acceptable to Tissages Bréhat.

I can be reached directly on the number below should you prefer to discuss this by telephone.

Yours faithfully,

Richard Ames
Finance Director
Ames & Coyle Events Ltd
Studio 4, 18 Hatton Garden, London EC1N 8JY
T: +44 20 7946 0381

Ames & Coyle Events Ltd is registered in England and Wales, company no. 09920451. Registered office as above."""),

    dict(id="s17enb018", country="GB", date="2026-12-17T11:30", fmt="outlook", stage="second_reminder", ago=3,
         inv="HFS-24866", amt="2,016.00", due="2026-11-30",
         frm="Rebecca Shaw <rebecca@hadleyandsons.co.uk>", cc="Mark Hadley <mark@hadleyandsons.co.uk>",
         intent="promise", promise_date="2026-12-22",
         note="PA relays the MD's answer: payment on the 22nd.",
         body="""Hi,

Please see Mark's reply below – payment will be made on the 22nd.

Many thanks
Becky

Rebecca Shaw | PA to Managing Director
Hadley & Sons Builders Merchants Ltd
T: 01902 558 410

From: Mark Hadley <mark@hadleyandsons.co.uk>
Sent: 17 December 2026 08:52
To: Rebecca Shaw <rebecca@hadleyandsons.co.uk>
Subject: RE: Second reminder: invoice HFS-24866 overdue – Harcourt Facilities Supplies Ltd

Becky, tell them the 22nd. M

Get Outlook for iOS"""),

    dict(id="s17enb019", country="FR", loc="GB", date="2026-12-17T15:50", fmt="apple", stage="reminder", ago=3,
         inv="F-2026-1203", amt="2 145,60", due="2026-12-10",
         frm="Tom Whitaker <tom@whitakeryachtinteriors.co.uk>",
         intent="bank_details",
         note="Card refused on the payment link; asks for IBAN and BIC to pay by transfer.",
         body="""Hi,

Your payment link won't take our corporate card (it keeps saying declined, I think because it's a UK card paying in euros). Could you send me your IBAN and BIC so I can pay by bank transfer instead?

Cheers,
Tom Whitaker
Whitaker Yacht Interiors Ltd
Lymington"""),

    dict(id="s17enb020", country="US", date="2026-12-18T09:30", fmt="html_outlook", stage="reminder", ago=4,
         inv="10533", amt="6,240.00", due="2026-12-01",
         frm="Priya Natarajan <procurement@millbrook.edu>",
         intent="promise", promise_date="2027-01-08",
         note="Scheduled for the January 8 check run because of winter closure; closure dates not labelled.",
         body="""Good morning,

Thank you for the reminder. This invoice was received in Accounts Payable on 12/3 and matched to PO 4500218876. Due to the University's winter closure (12/23 - 1/1), it has been scheduled for the January 8 check run.

Please note that remittance will come from our bank, not from this office.

Regards,
Priya Natarajan
Procurement & Payment Services
Millbrook State University
Phone: (814) 555-0163
procurement@millbrook.edu"""),

    dict(id="s17enb021", country="US", date="2026-12-21T13:02", fmt="gmail", stage="reminder", ago=7,
         inv="10561", amt="1,495.00", due="2026-12-10",
         frm="Meredith Lang <office@blueridgedentalpartners.com>",
         intent="promise",
         note="Will be first on the bookkeeper's pile 'after the holidays': no single day.",
         body="""Hi there,

Our bookkeeper only comes in twice a month and she's already done her last run for the year. I'll make sure this is first on her pile after the holidays.

Happy holidays,
Meredith Lang
Office Manager
Blue Ridge Dental Partners
(540) 555-0127"""),

    dict(id="s17enb022", country="FR", loc="GB", date="2026-12-21T11:10", fmt="outlook", stage="reminder", ago=4,
         inv="F-2026-1191", amt="3 412,80", due="2026-12-05",
         frm="Lucía Ortega <compras@hotelmiramarcosta.es>",
         intent="paid", paid_on="2026-12-18",
         note="Spanish hotel writing English; transfer made on 18th December, SWIFT copy attached.",
         body="""Good morning,

We made the transfer on 18th December, I attach the SWIFT copy. Sorry for the delay, in our company the payments to foreign suppliers are done only two times in the month.

Please confirm when you receive it.

Best regards,

Lucía Ortega
Departamento de Compras / Purchasing
Hotel Miramar Costa S.L.
Avda. del Mar 22, 03700 Dénia (Alicante)
Tel. +34 965 78 41 30"""),

    dict(id="s17enb023", country="GB", date="2026-12-21T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="HFS-24977", amt="143.20", due="2026-12-11",
         frm="Oakhill Primary Office <office@oakhill.staffs.sch.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="School office closed for Christmas; reopens Monday 4 January 2027.",
         body="""Thank you for your email.

The school office is now closed for the Christmas holidays. We closed on Friday 18th December and reopen on Monday 4th January 2027. Emails will not be monitored during this time.

For safeguarding concerns please contact the Local Authority on 0300 111 8007.

Merry Christmas and a Happy New Year from all at Oakhill Primary School"""),

    dict(id="s17enb024", country="FR", loc="GB", date="2026-12-22T09:40", fmt="apple", stage="reminder", ago=1,
         inv="F-2026-1219", amt="1 780,00", due="2026-12-18",
         frm="Hannah Corbett <hannah@corbettlowe.co.uk>",
         intent="promise",
         note="Will settle 'in the first week of January': a window, no single day.",
         body="""Hello,

Noted, thank you. We're shut from tomorrow until the new year but I'll settle this in the first week of January, as soon as we reopen.

Merry Christmas,
Hannah Corbett
Corbett & Lowe Interiors, Harrogate"""),

    dict(id="s17enb025", country="US", date="2026-12-22T19:33", fmt="none", stage="repeat", ago=1,
         inv="10455", amt="215.00", due="2026-10-31",
         frm="Dale Hostetler <dhostetler58@yahoo.com>",
         intent="unsubscribe",
         note="Demands the emails stop; no payment statement.",
         body="""STOP EMAILING ME. Take me off your list. I've told your office three times on the phone.

UNSUBSCRIBE"""),

    dict(id="s17enb026", country="FR", loc="GB", date="2026-12-23T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="F-2026-1226", amt="980,00", due="2026-12-18", subj_prefix="Automatisk svar: ",
         frm="Mette Kristensen <mk@nordhavnhotels.dk>",
         intent="out_of_office", return_date="2027-01-11",
         note="Danish customer's auto-reply in English; back in the office on 11/01/2027 (day-first).",
         body="""Thank you for your email. I am on Christmas holiday and will be back in the office on 11/01/2027. Your email will not be forwarded. For urgent matters please contact our reception, tel. +45 86 12 44 00.

Best regards
Mette Kristensen
Accounting
Nordhavn Hotel Group A/S"""),

    dict(id="s17enb027", country="US", date="2026-12-28T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="10582", amt="690.00", due="2026-12-18",
         frm="Gina Palmieri <gpalmieri@lehighorthopedic.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Out through Friday, January 1; first working day back is Monday Jan 4.",
         body="""I am out of the office through Friday, January 1 with limited access to email. For urgent accounts payable matters, please contact ap@lehighorthopedic.com or call (610) 555-0140.

Thank you,
Gina Palmieri"""),

    dict(id="s17enb028", country="US", date="2026-12-29T10:15", fmt="html_gmail", stage="reminder", ago=1,
         inv="10586", amt="875.00", due="2026-12-20",
         frm="Bob Yoder <bob@conewagofeed.com>",
         intent="contact_change", new_email="lisa.moreno@conewagofeed.com",
         note="Retiring on the 31st; billing to go to Lisa Moreno.",
         body="""Hello,

I'm retiring on the 31st, so this mailbox won't be checked after this week. Going forward please send all billing to Lisa Moreno, our new office manager: lisa.moreno@conewagofeed.com

I've passed your invoice along to her.

Thanks for everything over the years,
Bob Yoder
Conewago Valley Feed & Supply"""),

    dict(id="s17enb029", country="US", date="2026-12-30T10:05", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="10575", amt="1,180.00", due="2026-12-15",
         frm="Jenna Albright <jenna@keystonebrewingco.com>",
         intent="paid", paid_on="2026-12-28",
         note="Paid 12/28 by card on the portal; asks for confirmation.",
         body="""Hi,

I paid this on 12/28 with our company Amex through your online portal, right after your email came in. Confirmation # TCC-PMT-88213. Can you confirm it's showing on your end? The portal just said "processing".

Thanks!
Jenna Albright
Lab Manager
Keystone Brewing Co.
(717) 555-0139"""),

    dict(id="s17enb030", country="GB", date="2026-12-30T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="HFS-24995", amt="455.00", due="2026-12-21",
         frm="Anita Sood <anita.sood@greenlanehousing.org.uk>",
         intent="out_of_office", return_date="2027-01-07",
         note="On leave until Wednesday 6 January inclusive, so back Thursday 7 January.",
         body="""Hello,

I'm on annual leave until Wednesday 6 January inclusive. I will reply to your email on my return.

For anything urgent relating to invoices or payments please email finance@greenlanehousing.org.uk.

Kind regards
Anita Sood
Finance Officer, Greenlane Housing Association"""),

    dict(id="s17enb031", country="GB", date="2026-12-31T10:20", fmt="gmail", stage="reminder", ago=3,
         inv="HFS-24970", amt="420.00", due="2026-12-18",
         frm="Jas Gill <gillsstores@btinternet.com>",
         intent="other",
         note="Passed to the accountant; no commitment to pay ('the 4th' is the accountant's return).",
         body="""Hi, I've passed this on to our accountant, Hollis & Partners, who deal with all our supplier payments. They're back on the 4th so you may hear from them then.

Happy new year
Jas

Jaswinder Gill
Gill's Convenience Stores"""),

    dict(id="s17enb032", country="FR", loc="GB", date="2027-01-05T10:12", fmt="outlook", stage="second_reminder", ago=1,
         inv="F-2026-1207", amt="4 125,00", due="2026-12-15",
         frm="Ruud van den Berg <inkoop@vandijk-hospitality.nl>",
         intent="promise", promise_date="2027-01-31",
         note="Dutch customer; will pay 'at the end of January' = 31 January.",
         body="""Dear Madam, Sir,

Thank you for your mail. Because of our yearly closing the payments for the December invoices are delayed. We will pay the invoice at the end of January.

With kind regards,

Ruud van den Berg
Inkoop / Purchasing
Van Dijk Hospitality Textiles B.V.
Industrieweg 42, 7141 DC Groenlo
T +31 544 46 12 00"""),

    dict(id="s17enb033", country="GB", date="2027-01-05T14:32", fmt="html_outlook", stage="reminder", ago=1,
         inv=[("HFS-24931", "1,026.00", "2026-12-11"), ("HFS-24950", "388.80", "2026-12-18")],
         frm="Brookfield AP <ap@brookfieldacademytrust.org.uk>",
         intent="paid", paid_on="2027-01-05",
         note="Remittance advice: both invoices paid by BACS, payment date 05/01/2027.",
         body="""Good afternoon,

Please see remittance advice below.

REMITTANCE ADVICE
Supplier: Harcourt Facilities Supplies Ltd
Supplier ref: HARC001
Payment date: 05/01/2027
Payment method: BACS

HFS-24931    £1,026.00
HFS-24950    £388.80
Total        £1,414.80

Kind regards,

Accounts Payable
Brookfield Academy Trust
Finance Shared Service Centre
Tel: 01543 555 880"""),

    dict(id="s17enb034", country="GB", date="2027-01-06T15:20", fmt="html_gmail", stage="firm", ago=2,
         inv="HFS-24780", amt="1,234.60", due="2026-11-27",
         frm="Lorna Beattie <lorna@beattieofficeservices.co.uk>",
         intent="promise", promise_date="2027-01-15",
         note="Partial payment of £500 sent today; balance £734.60 promised on 15 January.",
         body="""Hi,

I've just sent £500.00 across by faster payment (ref HFS-24780). December was a difficult month for us with two sites closed for refurbishment.

The remaining £734.60 will follow on 15 January when our main client pays us. Hope that's acceptable.

Thanks
Lorna Beattie
Director, Beattie Office Services Ltd"""),

    dict(id="s17enb035", country="GB", date="2027-01-07T09:50", fmt="gmail", stage="second_reminder", ago=3,
         inv="HFS-24890", amt="675.00", due="2026-12-04",
         frm="Claire Dobson <practicemanager@moorviewphysio.co.uk>",
         intent="paid",
         note="Says it was paid 'before Christmas': no single day.",
         body="""Morning,

This was paid before Christmas – I did it the same day I paid our other suppliers. Please check your records before sending any more of these, this is the second one I've had.

Claire

Claire Dobson
Practice Manager, Moorview Physiotherapy"""),

    dict(id="s17enb036", country="GB", date="2027-01-08T14:40", fmt="tb", stage="firm", ago=4,
         inv="HFS-24812", amt="1,890.00", due="2026-11-30",
         frm="Geoff Tolley <treasurer@riversidecc.org.uk>",
         intent="plan_request",
         note="Charity asks to spread the invoice over three months; no dates committed.",
         body="""Dear Harcourt accounts team,

I'm the volunteer treasurer at Riverside Community Centre. I'm afraid our boiler failed in December and the repair has taken most of our reserves, so we can't clear this invoice in one go at the moment.

Would you be willing to let us spread it over three months? I'd rather be upfront about it than keep you waiting. Happy to set up a standing order once we've agreed the amounts.

With thanks and apologies,
Geoff Tolley
Hon. Treasurer
Riverside Community Centre (Registered Charity No. 1093372)
07700 900417"""),

    dict(id="s17enb037", country="GB", date="2027-01-11T12:05", fmt="outlook", stage="reminder", ago=3,
         inv="HFS-24960", amt="3,150.00", due="2026-12-31",
         frm="Deborah Llewellyn <d.llewellyn@kingsmeadleisure.org.uk>",
         intent="bank_details",
         note="Suspects a fake change-of-bank-details email; wants phone confirmation before paying.",
         body="""Good afternoon,

Before we release payment on this, can you confirm your bank details please? Last week we received an email, apparently from your accounts department, saying Harcourt had moved banks and giving a new sort code and account number with Monzo. It came from accounts@harcourt-fs.co (no .uk) so we're suspicious.

We will not pay to the new account until someone has confirmed by phone. Could someone call me on the number below?

Regards
Deborah Llewellyn
Finance Manager
Kingsmead Leisure Trust
01633 555 290 ext 3"""),

    dict(id="s17enb038", country="GB", date="2027-01-12T09:05", fmt="tb", stage="second_reminder", ago=5,
         inv="HFS-24988", amt="208.50", due="2026-12-18",
         frm="Elizabeth Barrington <clerk@ashcombe-pc.gov.uk>",
         intent="paid", paid_on="2027-01-11",
         note="Paid yesterday by debit card via the link; asks for a receipt.",
         body="""Dear Sirs

I paid this yesterday using the online link in your email (debit card ending 4471). I should be grateful for a receipt for the Council's records, as the payment page did not produce one.

The delay was because the invoice had to go to the December Council meeting for approval, and that meeting was postponed owing to the snow.

Yours faithfully

Mrs E. Barrington
Clerk to Ashcombe Parish Council"""),

    dict(id="s17enb039", country="US", date="2027-01-12T11:00", fmt="outlook", stage="reminder", ago=1,
         inv="10590", amt="2,880.00", due="2026-12-31",
         frm="Robert Chen <rchen@precisionpolymer.com>",
         intent="paid", paid_on="2027-01-08",
         note="'Payment went out last Friday' by ACH = Jan 8.",
         body="""Hi,

Payment went out last Friday by ACH. Remittance should have been emailed automatically to billing@tricountycal.com from our Bill.com account. Let me know if you didn't get it.

Rob

Robert Chen | Controller
Precision Polymer Molding Inc.
1150 Eisenhower Blvd, Middletown, PA 17057
O: (717) 555-0176"""),

    dict(id="s17enb040", country="US", date="2027-01-13T14:22", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="10566", amt="4,350.00", due="2026-12-20",
         frm="Mark DeLuca <mdeluca@alliedfastener.com>",
         intent="dispute",
         note="Holding payment until four missing calibration certificates are received.",
         body="""Hello,

We are holding payment on this invoice. Your technician calibrated 12 instruments on site 11/19, but we have only received certificates for 8 of them (missing: torque wrenches TW-04 and TW-07 and the two Fluke 87V meters). Without the certificates we can't release the equipment back to production or pass our ISO audit.

Once the remaining four certs are received we'll process payment in full.

Regards,
Mark DeLuca
Quality Manager
Allied Fastener Corp.
(610) 555-0155"""),

    dict(id="s17enb041", country="GB", date="2027-01-14T16:55", fmt="apple", stage="reminder", ago=3,
         inv="HFS-25012", amt="312.00", due="2026-12-31",
         frm="Dave Marsden <dave@marsdenplumbing.co.uk>",
         intent="promise", promise_date="2027-01-18",
         note="Very short: will be paid Monday (18 Jan).",
         body="""Will be paid Monday.

Dave

Sent from my iPhone"""),

    dict(id="s17enb042", country="FR", loc="GB", date="2027-01-15T09:20", fmt="gmail", stage="reminder", ago=4,
         inv="F-2026-1241", amt="1 236,00", due="2027-01-05",
         frm="Ingrid Solberg <innkjop@fjellstuahotell.no>",
         intent="copy_request",
         note="Norwegian customer cannot find the invoice; asks for a PDF copy.",
         body="""Hello,

We can't find this invoice in our system, I think it was never received by our accounts team. Could you please send us a PDF copy to this email? We will process it as soon as we have it.

Kind regards
Ingrid Solberg
Purchasing assistant
Fjellstua Hotell AS, Norway"""),

    dict(id="s17enb043", country="GB", date="2027-01-19T20:12", fmt="apple", stage="reminder", ago=1,
         inv="HFS-25044", amt="96.00", due="2027-01-10",
         frm="Kerry Dunn <kerrydunn82@hotmail.co.uk>",
         intent="paid", paid_on="2027-01-18",
         note="Paid yesterday.",
         body="""Paid it yesterday, should be with you now

Sent from my iPhone"""),

    dict(id="s17enb044", country="US", date="2027-01-19T16:10", fmt="html_outlook", stage="firm", ago=1,
         inv=[("10512", "2,430.00", "2026-11-30"), ("10538", "1,120.00", "2026-12-12")],
         frm="Delmarva Packaging AP <ap@delmarvapackaging.com>",
         intent="other",
         note="Chapter 11 filing: automatic stay, claims agent; no payment of pre-petition invoices.",
         body="""To Whom It May Concern:

Please be advised that on January 11, 2027, Delmarva Packaging Solutions, Inc. filed a voluntary petition for relief under Chapter 11 of the United States Bankruptcy Code in the U.S. Bankruptcy Court for the District of Delaware (Case No. 27-10044).

As a result, the automatic stay under 11 U.S.C. § 362 is in effect, and the company is prohibited from paying pre-petition obligations, including the invoices referenced in your notice, except as authorized by the Court. Any claim should be submitted through the claims agent at www.delmarvaclaims.com.

Goods and services provided after the petition date will be paid in the ordinary course.

Regards,
Accounts Payable
Delmarva Packaging Solutions, Inc."""),

    dict(id="s17enb045", country="GB", date="2027-01-20T10:30", fmt="outlook", stage="reminder", ago=2,
         inv="HFS-25021", amt="1,176.00", due="2027-01-15",
         frm="Steven Marsh <s.marsh@westfield.ac.uk>",
         intent="dispute",
         note="Invoiced price above the PO price; on hold pending credit note or revised invoice.",
         body="""Hi,

This invoice has been put on hold by our AP team as it does not match the purchase order. PO 77104 was raised at £2.10 per roll for the centrefeed (400 rolls); you have invoiced at £2.45 per roll. We were not notified of any price increase.

Please issue a credit note for the difference (£140.00 + VAT) or a revised invoice and we will pay against the PO price.

Regards,
Steven Marsh
Procurement Officer
Westfield College
T: 01782 555 204"""),

    dict(id="s17enb046", country="US", date="2027-01-21T15:02", fmt="gmail", stage="final_notice", ago=3,
         inv="10541", amt="1,640.00", due="2026-12-05",
         frm="Maria Alvarez <sweetbriarbakery@gmail.com>",
         intent="plan_request",
         note="Asks to break the balance into 3 or 4 payments; no date.",
         body="""Hi,

I know this is late and I'm sorry. January is always our slowest month and we had a freezer go down right after Christmas. Is there any way we could break this into payments? Even 3 or 4 would really help. I don't want this going to collections.

Thank you for understanding,
Maria Alvarez
Owner, Sweet Briar Bakery & Cafe
(717) 555-0191"""),

    dict(id="s17enb047", country="GB", date="2027-01-22T18:40", fmt="apple", stage="second_reminder", ago=4,
         inv="HFS-25003", amt="267.30", due="2026-12-28",
         frm="Kate Hughes <katehughes.home@gmail.com>",
         intent="other",
         note="Wrong recipient: a private person who never ordered.",
         body="""Hi, I think you've got the wrong email address. I'm not a business and I've never ordered anything from Harcourt Facilities. Perhaps another Kate Hughes? This is the second one of these I've had.

Kate

Sent from my iPad"""),

    dict(id="s17enb048", country="US", date="2027-01-26T13:45", fmt="gmail", stage="second_reminder", ago=1,
         inv=[("10548", "540.00", "2026-12-10"), ("10577", "1,215.00", "2026-12-22"), ("10601", "330.00", "2027-01-08")],
         frm="Kevin O'Brien <kobrien@obrienmachine.com>",
         intent="copy_request",
         note="Asks for a statement of account to reconcile before paying what is open.",
         body="""Hi,

Could you send me a full statement of account? I'm showing 10548 as paid on check #2291 back in December, and I don't have 10601 in our system at all. Once I can reconcile I'll get whatever's actually open paid.

thanks
Kevin O'Brien
Bookkeeper, O'Brien & Sons Machine Shop"""),

    dict(id="s17enb049", country="GB", date="2027-01-27T09:45", fmt="tb", stage="heads_up", ago=1,
         inv="HFS-25077", amt="1,380.00", due="2027-02-10",
         frm="G. Pearson <accounts@trentside-eng.co.uk>",
         intent="unsubscribe",
         note="Asks to be taken off the automated reminders; pays on agreed terms.",
         body="""Hello,

Please can you take us off these automated reminders? We pay every invoice on our agreed 30-day terms through our scheduled payment run, and we don't need a "friendly reminder" before anything is even due. They just clutter up the accounts inbox.

Thank you.

G. Pearson
Accounts Assistant
Trentside Engineering Ltd"""),

    dict(id="s17enb050", country="FR", loc="GB", date="2027-01-28T11:50", fmt="gmail", stage="reminder", ago=3,
         inv="F-2027-0014", amt="2 390,00", due="2027-01-20",
         frm="Fiona MacLeod <office@airdlodge.co.uk>",
         intent="other",
         note="Says the invoice is with finance (no commitment) and asks who the new sales contact is.",
         body="""Hello,

Thanks for this – the invoice is with our finance office in Inverness now.

Separately, we'd like to reorder the wool throws for the spring season. Since Amélie Girard left, who should I be speaking to about orders? Her email bounces.

Many thanks,
Fiona MacLeod
Office Manager
Aird Lodge Holidays, Inverness-shire"""),
]
