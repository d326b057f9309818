"""en_b: English replies (GB, US, and foreign customers writing English to a French firm). Handwritten, one by one."""

CASES = [
    dict(id="s16enb001", country="GB", date="2026-12-14T10:42", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="HFS-118204", amt="2,946.60", due="2026-11-20",
         frm="Accounts Payable - Mersey Vale NHS FT <mvft.accountspayable@nhs.net>",
         intent="promise", promise_date="2026-12-17",
         note="Invoice matched and approved; scheduled for the payment run on Thursday 17 December.",
         body="""Good morning,

Thank you for your email.

I can confirm that invoice HFS-118204 has now been matched to the goods receipt and approved for payment. It has been scheduled for our payment run on Thursday 17th December. Funds usually reach suppliers the next working day.

Please quote our supplier number 40021877 on any future correspondence.

Kind regards

Lorraine Hughes
Accounts Payable Officer
Mersey Vale NHS Foundation Trust
Tel: 0151 529 3310

********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents.
********************************************************************"""),

    dict(id="s16enb002", country="US", date="2026-12-10T15:20", fmt="outlook", stage="reminder", ago=3,
         inv="BMS-40771", amt="4,812.50", due="2026-11-25",
         frm="Accounts Payable <accountspayable@ridgefieldstate.edu>",
         intent="paid", paid_on="2026-12-08",
         note="ACH sent 12/08/2026 (US month-first).",
         body="""Hello,

Our records show this invoice was paid via ACH on 12/08/2026, payment #0048812, in the amount of $4,812.50. Please allow 2-3 business days for the funds to post to your account.

If you still do not see it by the end of next week, reply to this email with your bank's remittance detail and we will trace it.

Thank you,

Accounts Payable Services
Ridgefield State University | Office of the Controller
101 Hamlin Hall, Ridgefield, CT 06877
P: (203) 555-0144"""),

    dict(id="s16enb003", country="FR", date="2026-12-09T11:05", fmt="gmail", stage="reminder", ago=2,
         inv="FC-2026-1187", amt="2 340,00", due="2026-11-30",
         frm="Mads Kjeldsen <mads@havnely.dk>",
         intent="promise", promise_date="2026-12-31",
         note="Danish customer writing English; will transfer before the end of December.",
         body="""Hello,

Sorry for this. Our bookkeeper was sick most of November and some invoices were left behind.

We will transfer the amount before end of December, you have my word.

Best regards
Mads Kjeldsen
Restaurant Havnely ApS
Nyhavn 41, 1051 København K"""),

    dict(id="s16enb004", country="GB", date="2026-12-21T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="HFS-118466", amt="1,122.00", due="2026-12-04",
         frm="Steve Armitage <s.armitage@penninecatering.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply; back on Monday 4 January.",
         body="""Thank you for your email.

I am now on leave for Christmas and will be back in the office on Monday 4th January.

For anything urgent please call the depot on 01422 380 455 and ask for Carl or Michelle.

Merry Christmas!

Steve Armitage
Warehouse & Transport Manager
Pennine Catering Supplies Ltd"""),

    dict(id="s16enb005", country="US", date="2026-12-16T13:47", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="BMS-40688", amt="7,315.00", due="2026-11-18",
         frm="Tom Delacroix <tdelacroix@stbrendanmc.org>",
         intent="dispute",
         note="Short shipment; payment withheld until credit memo or corrected invoice.",
         body="""Hi,

We are not going to pay this invoice as billed. PO 4500219876 was for 20 cases of nitrile exam gloves (size M). We received 14 cases. Your own packing slip shows 14 and our receiving dock signed for 14.

I emailed your customer service team about this on November 19 and never heard back.

Please send either a credit memo for the 6 cases short-shipped or a corrected invoice for $5,120.50. Once we have that, I'll release it right away.

Tom Delacroix
Materials Management Supervisor
St. Brendan Regional Medical Center
O: (717) 555-0129 | F: (717) 555-0130

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s16enb006", country="GB", date="2026-12-15T19:12", fmt="apple", stage="reminder", ago=1,
         inv="HFS-118377", amt="412.80", due="2026-12-01",
         frm="Lee Brennan <leebrennanremovals@outlook.com>",
         intent="promise", promise_date="2026-12-18",
         note="Phone-typed; will pay Friday (18 December).",
         body="""ill pay it fri been flat out with xmas moves sorry

Sent from my iPhone"""),

    dict(id="s16enb007", country="US", date="2027-01-07T10:15", fmt="gmail", stage="firm", ago=3,
         inv="BMS-40519", amt="3,960.00", due="2026-11-05",
         frm="Renee Castillo <renee@harborpointpt.com>",
         intent="plan_request",
         note="Asks to split into 3-4 monthly payments; explicitly no date committed.",
         body="""Hi,

I know this one is way overdue and I'm sorry. We had a rough December with two of our therapists out and the insurance reimbursements are running about six weeks behind.

Would it be possible to split the balance into three or four monthly payments? I'd rather not give you a date I can't keep. Let me know what would work on your end.

Thanks for your patience,

Renee Castillo
Office Manager
Harbor Point Physical Therapy
(443) 555-0162"""),

    dict(id="s16enb008", country="GB", date="2026-12-08T14:30", fmt="outlook", stage="reminder", ago=6,
         inv="HFS-118102", amt="1,575.00", due="2026-11-13",
         frm="Creditor Payments <creditors@wrexley.gov.uk>",
         intent="copy_request",
         note="No PO No Pay: council needs a re-issued invoice quoting a valid PO number.",
         body="""Dear Supplier,

Invoice HFS-118102 cannot be processed because it does not quote a valid Wrexley Borough Council purchase order number.

The Council operates a No PO, No Pay policy. Please obtain the purchase order number from the officer who placed the order and re-send the invoice with the PO number shown clearly on it. Invoices without a PO number will be returned unpaid.

Yours faithfully

Creditor Payments Team
Finance & Commercial Services
Wrexley Borough Council
Civic Centre, Market Street, Wrexley WX1 1HA
Tel: 01632 960 410

This email and any attachments are intended solely for the addressee and may contain confidential information. Wrexley Borough Council may monitor email traffic data and content for security and compliance purposes."""),

    dict(id="s16enb009", country="FR", date="2027-01-06T16:40", fmt="tb", stage="reminder", ago=1,
         inv="FC-2026-1203", amt="5 418,00", due="2026-12-20",
         frm="Joost Verhoeven <j.verhoeven@wijnhandeldekroon.nl>",
         intent="paid", paid_on="2027-01-05",
         note="Dutch importer writing English; SEPA transfer made yesterday (5 January).",
         body="""Dear Sir/Madam,

We made the payment yesterday by SEPA transfer, EUR 5.418,00, with the invoice number FC-2026-1203 in the description. It should be on your account tomorrow at the latest.

Happy new year to everyone at Caves Brunel.

Met vriendelijke groet / Kind regards,

Joost Verhoeven
Wijnhandel De Kroon B.V.
Oudegracht 212, 3511 NR Utrecht
+31 30 231 44 90"""),

    dict(id="s16enb010", country="US", date="2026-12-11T09:52", fmt="gmail", stage="reminder", ago=2,
         inv="BMS-40802", amt="286.40", due="2026-11-30",
         frm="Ray Mendez <dispatch@keystonelinehaul.com>",
         intent="contact_change", new_email="payables@keystonelinehaul.com",
         note="Dispatcher doesn't handle billing; send reminders to AP address.",
         body="""Hi, this is the dispatch inbox, I don't handle billing at all. That's the first aid kit restock from last month I think?

Please send invoices and reminders to our AP at payables@keystonelinehaul.com, attn Gloria.

Thanks
Ray"""),

    dict(id="s16enb011", country="GB", date="2027-01-13T11:20", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="HFS-118560", amt="3,208.00", due="2026-12-18",
         frm="Hannah Ojo <hannah.ojo@aldergatehotels.co.uk>",
         intent="bank_details",
         note="Suspects a fraudulent bank-detail change email; wants verbal confirmation before paying.",
         body="""Hi,

Before we pay this one: last Thursday we received an email, apparently from your accounts team, telling us your bank details have changed and asking us to pay into a new account with a different sort code. It didn't look right to us (the sender address was slightly off).

Can someone from Hallworth please call me on 0117 496 0822 to confirm your account details verbally? We won't be paying to any new account until we've spoken to you.

Many thanks,

Hannah Ojo
Group Purchase Ledger Supervisor
Aldergate Hotels Group
Aldergate House, 3 Queen Square, Bristol BS1 4JQ

Aldergate Hotels Group Limited. Registered in England No. 05873310. Registered office as above."""),

    dict(id="s16enb012", country="US", date="2026-12-18T17:05", fmt="gmail", stage="heads_up", ago=2,
         inv="BMS-40851", amt="1,044.75", due="2026-12-28",
         frm="Dr. Alan Whitcomb <frontdesk@whitcombfamilydental.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automated reminders.",
         body="""Please unsubscribe us from these automated reminders. We have always paid Bayline within terms and we don't need an email every time an invoice gets close to due.

If there is ever a real problem, call the office.

Whitcomb Family Dental
(301) 555-0175"""),

    dict(id="s16enb013", country="GB", date="2026-12-09T09:03", fmt="bounce", stage="reminder",
         inv="HFS-118090", amt="760.00", due="2026-11-16",
         rcpt="j.morley@tarnsidelogistics.co.uk", status="5.1.1", mta="eu-west-1.amazonses.com",
         remote="tarnsidelogistics-co-uk.mail.protection.outlook.com",
         diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient not found by SMTP address lookup",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
j.morley@tarnsidelogistics.co.uk

The email account that you tried to reach does not exist."""),

    dict(id="s16enb014", country="GB", date="2026-12-17T13:26", fmt="gmail", stage="second_reminder", ago=3,
         inv="HFS-118298", amt="538.20", due="2026-11-26",
         frm="Claire Denholm <claire@denholmevents.co.uk>",
         intent="other",
         note="Passed to her accountants; no payment statement or date.",
         body="""Hello

I've passed this on to our accountants, Pembury & Hale, who are looking after our books at the moment while I'm short staffed. If they have any questions they'll get in touch with you directly.

Claire

Denholm Events
07700 900 318"""),

    dict(id="s16enb015", country="US", date="2026-12-22T12:30", fmt="apple", stage="reminder", ago=1,
         inv="BMS-40817", amt="918.00", due="2026-12-10",
         frm="Gina Russo <gina@russocatering.com>",
         intent="promise",
         note="Will pay after the holidays; no specific day.",
         body="""Hi there,

We're closed between Christmas and New Year's. I'll take care of this after the holidays once I'm back in the office.

Happy holidays!
Gina

Russo & Daughters Catering
Sent from my iPhone"""),

    dict(id="s16enb016", country="GB", date="2027-01-11T15:02", fmt="gmail", stage="firm", ago=4,
         inv="HFS-118421", amt="2,760.00", due="2026-12-04",
         frm="Dean Pryce <dean@prycebuildersmerchants.co.uk>",
         intent="paid", paid_on="2027-01-11",
         note="Partial payment of £1,000 made this afternoon; balance promised with no date.",
         body="""Hi,

I've paid £1,000 this afternoon by bank transfer towards HFS-118421. Things are tight after Christmas as you can imagine.

I'll clear the rest as soon as our own customers pay their December accounts. Please don't add the interest, we've always paid you in the end.

Regards
Dean Pryce
Pryce Builders Merchants
01633 841 209"""),

    dict(id="s16enb017", country="US", date="2026-12-29T10:10", fmt="outlook", stage="second_reminder", ago=8,
         inv="BMS-40655", amt="2,184.30", due="2026-11-20",
         frm="Harlan County Purchasing <purchasing@harlancountymd.gov>",
         intent="promise", promise_date="2027-01-08",
         note="Approved by commissioners; check to be mailed with the January 8 warrant run.",
         body="""Good morning,

The above invoice was approved at the December 22 Board of Commissioners meeting. Checks for the January 8 warrant run will be printed and mailed that day, and yours is included.

We apologize for the delay. Claims received after the November cutoff roll into the next approval cycle.

Sandra Kimes
Purchasing Technician
Harlan County Department of Finance
(240) 555-0118"""),

    dict(id="s16enb018", country="FR", loc="GB", date="2026-12-23T09:15", fmt="ooo", stage="reminder", ago=0,
         inv="FC-2026-1215", amt="1 872,00", due="2026-12-15",
         frm="Oliver Strand <oliver.strand@quaygroup.london>",
         intent="out_of_office", return_date="2027-01-05",
         note="UK restaurant group buyer; auto-reply, returning Tuesday 5 January.",
         body="""Hello,

Thank you for your message. I am out of the office for the festive period and returning on Tuesday 5th January.

For orders please contact purchasing@quaygroup.london. For invoice and payment queries please email accounts@quaygroup.london.

Best wishes,
Oliver Strand
Head of Beverage, Quay Restaurant Group"""),

    dict(id="s16enb019", country="GB", date="2026-12-10T16:55", fmt="gmail", stage="firm", ago=2,
         inv="HFS-118140", amt="1,890.00", due="2026-11-20",
         frm="Gary Whitlam <gary@whitlamceramics.co.uk>",
         intent="dispute",
         note="Angry: damaged pallets, claim unanswered; refuses to pay until the claim is settled.",
         body="""Are you serious?

Two of the pallets you delivered to our customer in Leeds arrived smashed and I've had a damage claim open with Phil in your claims team for over a month with NO answer. Photos, POD with "damaged" written on it, the lot.

You're not getting a penny for that job until the claim's sorted. And you can take the interest nonsense off the letter while you're at it.

Gary Whitlam
Director, Whitlam Ceramics Ltd"""),

    dict(id="s16enb020", country="US", date="2026-12-21T14:00", fmt="html_gmail", stage="reminder", ago=3,
         inv=[("BMS-40702", "612.00", "2026-11-28"), ("BMS-40745", "1,128.40", "2026-12-05"), ("BMS-40790", "389.95", "2026-12-12")],
         frm="Michelle Tran <mtran@quickcareuc.com>",
         intent="paid", paid_on="2026-12-18",
         note="Three invoices paid in one ACH on 12/18.",
         body="""Hi there,

All three of these were paid together in one ACH on 12/18, total $2,130.35. The remittance should have come to ar@baylinemedical.com from our bank.

Can you please check and update your records so the reminders stop?

Thank you!
Michelle Tran
Accounts Payable | QuickCare Urgent Care Centers
(410) 555-0193"""),

    dict(id="s16enb021", country="GB", date="2027-01-05T11:30", fmt="outlook", stage="second_reminder", ago=1, fwd=True,
         inv="HFS-118511", amt="4,088.64", due="2026-12-14",
         frm="Kirsty Bell <kirsty.bell@brackenfieldwholesale.co.uk>",
         intent="promise", promise_date="2027-01-08",
         note="Assistant forwards the FD's answer: payment in the BACS run on Friday 8th (January).",
         body="""Hello,

Please see Martin's reply below regarding your invoice.

Kind regards,
Kirsty Bell
PA to the Finance Director
Brackenfield Wholesale Ltd | 01246 555 902

From: Martin Rowe <martin.rowe@brackenfieldwholesale.co.uk>
Sent: 05 January 2027 10:58
To: Kirsty Bell <kirsty.bell@brackenfieldwholesale.co.uk>
Subject: RE: Hallworth reminder

Kirsty - tell them it'll go out with the BACS run on Friday 8th. The approver was off over Christmas, nothing sinister.
M"""),

    dict(id="s16enb022", country="US", date="2026-12-21T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="BMS-40829", amt="5,642.00", due="2026-12-07",
         frm="Patricia Holloway <pholloway@mercyvalleyhealth.org>",
         intent="out_of_office", return_date="2027-01-04",
         note="Out Dec 21 through Jan 1 (Friday); first working day back Monday Jan 4.",
         body="""I am out of the office December 21 through January 1 with limited access to email.

For urgent purchasing matters, please contact the Supply Chain help desk at (570) 555-0150 or supplychain@mercyvalleyhealth.org.

Thank you,
Patricia Holloway
Senior Buyer, Supply Chain Services
Mercy Valley Health System"""),

    dict(id="s16enb023", country="GB", date="2027-01-19T14:22", fmt="gmail", stage="repeat", ago=5,
         inv="HFS-118388", amt="4,312.20", due="2026-12-10",
         frm="Tom Aske <tom@coldridgebrewing.co.uk>",
         intent="plan_request",
         note="Asks to spread the balance over three or four months; no date committed.",
         body="""Hi there,

Sorry for the silence. January is always dead for us and we've just had a big duty bill land on top of everything.

Is there any chance we could spread the £4,312 over three or four months? I'd rather agree something realistic with you than keep promising dates and missing them. Happy to set up a standing order once we've agreed an amount.

Cheers,
Tom Aske
Coldridge Brewing Co.
Unit 3, Mill Lane, Tiverton EX16 5LL"""),

    dict(id="s16enb024", country="FR", date="2026-12-17T10:20", fmt="html_outlook", stage="reminder", ago=3,
         inv="FC-2026-1164", amt="3 960,00", due="2026-12-05",
         frm="Sophie Langford <f.b.manager@marlowehotelbath.co.uk>",
         intent="dispute",
         note="UK hotel: 60 bottles received, 72 invoiced; wants credit note before paying balance.",
         body="""Hello,

We received 60 bottles of the Savigny-lès-Beaune 2022, not 72 as invoiced. The delivery note signed by our night porter says 5 cases of 12.

Could you issue a credit note for the 12 missing bottles? As soon as we have it we'll pay the balance.

Apologies for replying in English, my French isn't up to it!

Kind regards,

Sophie Langford
Food & Beverage Manager
The Marlowe Hotel
12 Great Pulteney Street, Bath BA2 4BR
+44 (0)1225 555 671"""),

    dict(id="s16enb025", country="US", date="2027-01-12T11:05", fmt="outlook", stage="reminder", ago=5,
         inv="BMS-40877", amt="2,430.00", due="2026-12-30",
         frm="Derek Pham <dpham@lakeshorecollege.edu>",
         intent="copy_request",
         note="Needs a W-9 and an invoice copy referencing the PO before vendor setup and payment.",
         body="""Good morning,

Bayline Medical Supply isn't set up as a vendor in our system yet, which is why this hasn't been paid. The order was placed by our Nursing Simulation Lab on a department card hold that was later converted.

Before we can pay, I need:
1. A completed and signed W-9 (current revision)
2. A copy of invoice BMS-40877 showing our PO number P0271155

You can send both to this address. Once vendor setup is done it usually takes about two weeks.

Derek Pham
Accounts Payable Specialist
Lakeshore College Business Office
(616) 555-0107"""),

    dict(id="s16enb026", country="GB", date="2026-12-14T09:20", fmt="tb", stage="second_reminder", ago=3,
         inv="HFS-118233", amt="648.00", due="2026-11-27",
         frm="Anita Sharma <accounts@greenacregardencentres.co.uk>",
         intent="paid", paid_on="2026-12-11",
         note="British numeric date 11/12 = 11 December.",
         body="""Morning,

This was paid by BACS on 11/12, reference HFS118233. Should have reached you by now, could you check again please?

Thanks
Anita
Greenacre Garden Centres - Accounts
01743 555 260"""),

    dict(id="s16enb027", country="US", date="2027-01-06T16:20", fmt="gmail", stage="second_reminder", ago=2,
         inv="BMS-40760", amt="1,376.85", due="2026-12-08",
         frm="Linda Ferraro <lferraro@oakhavenseniorliving.com>",
         intent="promise", promise_date="2027-01-15",
         note="Queued for the next check run on 1/15.",
         body="""Hello,

Your invoice is approved and queued for our next check run, which is 1/15. The check will be mailed that same day to the remit address on the invoice.

Sorry for the wait, our regional office changed AP systems over the holidays.

Linda Ferraro
Business Office Manager
Oakhaven Senior Living
(302) 555-0135"""),

    dict(id="s16enb028", country="FR", date="2026-12-11T15:48", fmt="gmail", stage="heads_up", ago=3,
         inv="FC-2026-1229", amt="1 245,60", due="2026-12-26",
         frm="Rachel Odum <rachel@thelarderdeli.co.uk>",
         intent="other",
         note="English deli: asks about holiday delivery and 2027 prices; no statement about paying.",
         body="""Hi,

Thanks for this. Quick question while I have you: are you still delivering to the UK between Christmas and New Year? We're running low on the Crémant and I'd like to put a small order in for NYE if there's any chance it arrives by the 30th.

Also, has the 2027 price list come out yet?

Thanks!
Rachel
The Larder Deli, Harrogate"""),

    dict(id="s16enb029", country="FR", date="2026-12-28T10:05", fmt="html_gmail", stage="second_reminder", ago=6,
         inv="FC-2026-1122", amt="8 640,00", due="2026-11-30",
         frm="Grace Lim <grace.lim@orchardcellars.com.sg>",
         intent="paid", paid_on="2026-12-22",
         note="Singapore importer; telegraphic transfer remitted 22 Dec 2026.",
         body="""Dear Sir/Madam,

Please be informed that payment of EUR 8,640.00 for invoice FC-2026-1122 was remitted on 22 Dec 2026 via telegraphic transfer from our DBS account. Kindly find the bank advice (MT103) attached for your reference.

Please note that the intermediary bank may have deducted a small charge. Kindly advise if there is any shortfall.

Thank you and season's greetings.

Best regards,
Grace Lim
Finance Executive
Orchard Cellars Pte Ltd
+65 6555 0148"""),

    dict(id="s16enb030", country="US", date="2027-01-14T20:44", fmt="apple", stage="repeat", ago=1,
         inv="BMS-40611", amt="154.20", due="2026-11-12",
         frm="kelsey.marr@icloud.com",
         intent="unsubscribe",
         note="One-word unsubscribe from phone.",
         body="""UNSUBSCRIBE

Sent from my iPhone"""),

    dict(id="s16enb031", country="GB", date="2026-12-16T12:12", fmt="html_gmail", stage="reminder", ago=2,
         inv="HFS-118350", amt="925.00", due="2026-12-02",
         frm="Priya Nair <priya@kestrelgardenfurniture.co.uk>",
         intent="promise", promise_date="2026-12-22",
         note="Pays suppliers on the 22nd of the month; reply dated 16 December.",
         body="""Hi Hallworth team,

Apologies, this one slipped through the net. We pay all our suppliers on the 22nd of each month, so it'll be with you then.

Cheers,
Priya

Priya Nair | Ops & Accounts
Kestrel Garden Furniture Ltd
07700 900 647"""),

    dict(id="s16enb032", country="US", date="2026-12-09T14:40", fmt="outlook", stage="reminder", ago=1,
         inv="BMS-40733", amt="1,452.00", due="2026-11-30",
         frm="Dr. Ellen Kowalski <ekowalski@bio.northwood.edu>",
         intent="dispute",
         note="Order was cancelled and never delivered; asks to void the invoice.",
         body="""To whom it may concern,

Our lab cancelled this order by phone on October 28 (I spoke to Kevin in your order desk) and the items were never delivered. We have nothing on our receiving log from Bayline since September.

Please void this invoice. Our department's business office will not pay for goods that were not received.

Ellen Kowalski, PhD
Lab Director, Department of Biology
Northwood University
(814) 555-0190"""),

    dict(id="s16enb033", country="GB", date="2026-12-24T10:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="HFS-118402", amt="1,640.00", due="2026-12-11",
         frm="Finance Office <purchase.ledger@ashworth.ac.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="University closure; reopening Monday 4 January 2027.",
         body="""Thank you for your email.

The University is closed for the Christmas break from Thursday 24 December 2026 and will reopen on Monday 4 January 2027. Emails received during this period will be dealt with on our return.

Please note that no supplier payment runs will take place while the University is closed.

Purchase Ledger Team
Finance Office, University of Ashworth"""),

    dict(id="s16enb034", country="US", date="2027-01-12T21:15", fmt="gmail", stage="reminder", ago=1,
         inv="BMS-40894", amt="217.60", due="2027-01-04",
         frm="Jasmine Cole <jasminecole.rn@gmail.com>",
         intent="paid", paid_on="2027-01-12",
         note="Just paid online by card this evening.",
         body="""just paid it online with my card, should show up on your end. sorry about that!!

Jasmine"""),

    dict(id="s16enb035", country="GB", date="2027-01-08T10:40", fmt="outlook", stage="reminder", ago=3,
         inv="HFS-118587", amt="732.50", due="2026-12-23",
         frm="Ben Whitaker <ben.whitaker@fenwickleisure.co.uk>",
         intent="contact_change", new_email="purchaseledger@fenwickleisure.co.uk",
         note="Moved role; future reminders to the purchase ledger address.",
         body="""Hi,

I've moved over to the operations side since November so I no longer deal with supplier invoices. I've forwarded this one to the team.

Could you please update your records and send all future invoices and reminders to purchaseledger@fenwickleisure.co.uk?

Thanks,
Ben Whitaker
Operations Manager
Fenwick Leisure Group
T: 0191 555 0730"""),

    dict(id="s16enb036", country="FR", date="2027-01-07T15:30", fmt="gmail", stage="second_reminder", ago=2,
         inv="FC-2026-1176", amt="1 518,00", due="2026-12-10",
         frm="Niamh Gallagher <niamh@gallagherswines.ie>",
         intent="promise", promise_date="2027-01-11",
         note="Irish customer; transfer on Monday 11th (January).",
         body="""Hi there,

Sorry, we were closed from Christmas Eve and I'm only catching up on emails now.

I'll do the transfer on Monday 11th once the Christmas takings have gone into the bank.

Happy New Year to you all,
Niamh
Gallagher's Wines, Westport, Co. Mayo
+353 98 555 214"""),

    dict(id="s16enb037", country="US", date="2026-12-15T11:11", fmt="gmail", stage="reminder", ago=2,
         inv="BMS-40784", amt="642.00", due="2026-12-01",
         frm="Marcus Bell <marcus@bellveterinaryclinic.com>",
         intent="other",
         note="Forwarded to his bookkeeper; no payment statement or new address.",
         body="""Forwarded to my bookkeeper, she handles all of this. Her name is Tina and she comes in Tuesdays and Thursdays.

Marcus"""),

    dict(id="s16enb038", country="GB", date="2027-01-18T10:05", fmt="html_outlook", stage="reminder", ago=4,
         inv=[("HFS-118530", "1,284.00", "2026-12-28"), ("HFS-118544", "396.00", "2027-01-02"), ("HFS-118571", "2,015.40", "2027-01-08")],
         frm="Julie Kerr <julie.kerr@severnsidedistribution.co.uk>",
         intent="copy_request",
         note="Ledger doesn't agree; asks for a statement and copies of two invoices it has no record of.",
         body="""Good morning,

Our purchase ledger doesn't agree with the figures on your reminder. We have HFS-118571 on the system, but we have no record of receiving HFS-118530 or HFS-118544.

Could you please send copies of those two invoices, along with a full statement of account showing all open items and any credit notes? Once I've reconciled I'll get everything approved.

Kind regards,

Julie Kerr
Purchase Ledger Clerk
Severnside Distribution Ltd
Tel: 01452 555 816

Severnside Distribution Ltd is registered in England and Wales, company number 04412987. Registered office: Unit 12, Gloucester Business Park, GL3 4AH."""),

    dict(id="s16enb039", country="US", date="2027-01-20T13:30", fmt="outlook", stage="second_reminder", ago=2,
         inv="BMS-40862", amt="3,105.00", due="2026-12-21",
         frm="Carla Jimenez <cjimenez@tricountyems.org>",
         intent="bank_details",
         note="Asks for ACH instructions on letterhead before paying; payment to follow, no date.",
         body="""Hello,

We are moving all vendor payments to ACH starting this year and are no longer issuing paper checks. Your invoice only lists a remit-to PO Box.

Can you send us ACH instructions on company letterhead (bank name, routing number, account number) signed by someone in your finance department? Once we have those on file, this invoice will go out in the next run.

Thanks,
Carla Jimenez
Finance Coordinator
Tri-County EMS Authority
(540) 555-0112"""),

    dict(id="s16enb040", country="GB", date="2027-01-08T11:48", fmt="tb", stage="reminder", ago=2,
         inv="HFS-118598", amt="1,064.40", due="2026-12-31",
         frm="Graham Pollitt <graham@pollittfabrications.co.uk>",
         intent="paid", paid_on="2027-01-08",
         note="BACS sent this morning (8 January).",
         body="""Hello,

BACS sent this morning for the full £1,064.40.

Graham Pollitt
Pollitt Fabrications Ltd
Tel 01384 555 902 / Mob 07700 900 155"""),

    dict(id="s16enb041", country="FR", date="2027-01-04T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="FC-2026-1241", amt="4 212,00", due="2026-12-22",
         frm="Ingrid Solberg <ingrid.solberg@nordvin.no>",
         intent="out_of_office", return_date="2027-01-11",
         note="Norwegian importer; away until Sunday 10 January, so back Monday 11 January.",
         subj="Out of office: Relance : facture FC-2026-1241 échue – Caves Brunel & Fils SARL",
         body="""Hello,

I am away until Sunday 10 January and will answer your email when I am back.

For urgent matters please contact our office at post@nordvin.no or +47 22 55 51 40.

Med vennlig hilsen / Best regards
Ingrid Solberg
Nordvin Import AS"""),

    dict(id="s16enb042", country="US", date="2027-01-13T16:00", fmt="gmail", stage="firm", ago=1,
         inv="BMS-40698", amt="1,890.00", due="2026-11-25",
         frm="Danny Kwan <danny@kwanfamilypharmacy.com>",
         intent="promise",
         note="Will pay early next week; no exact day.",
         body="""Hey, sorry about this one. I'm waiting on a reimbursement check from one of the PBMs and it should land this week. I'll get you paid early next week.

Danny Kwan, PharmD
Kwan Family Pharmacy
(718) 555-0166"""),

    dict(id="s16enb043", country="GB", date="2027-01-12T09:35", fmt="outlook", stage="firm", ago=4,
         inv="HFS-118455", amt="2,350.00", due="2026-12-07",
         frm="Sarah Quinlan <sarah.quinlan@bramleycarehomes.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Will be paid at month end (31 January).",
         body="""Dear Hallworth,

Sorry for the delay on this. The invoice went to our old head office address and only reached me last week.

It has now been authorised and will be paid at month end with the rest of our January supplier payments.

Regards,
Sarah Quinlan
Finance Manager
Bramley Care Homes Ltd
01904 555 381"""),

    dict(id="s16enb044", country="US", date="2026-12-17T10:25", fmt="apple", stage="reminder", ago=2,
         inv="BMS-40759", amt="845.00", due="2026-12-03",
         frm="Joyce Whitfield <joyce@pinecrestfamilymed.com>",
         intent="paid", paid_on="2026-12-14",
         note="Check mailed Monday (14 December); reply Thursday 17 December.",
         body="""Good morning,

Check #10452 for $845.00 was mailed Monday to your Boston Street address. It should get to you in the next day or two, mail is slow this time of year.

Joyce Whitfield
Practice Administrator
Pinecrest Family Medicine
(717) 555-0148"""),

    dict(id="s16enb045", country="GB", date="2027-01-21T14:50", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="HFS-118540", amt="3,040.00", due="2026-12-28",
         frm="Procurement Team <procurement@hollinsford.gov.uk>",
         intent="dispute",
         note="Rate charged doesn't match framework rate; invoice on hold pending credit note.",
         body="""Dear Sir/Madam,

Invoice HFS-118540 has been placed on hold. The haulage rate charged is £95.00 per pallet, whereas the rate agreed under our framework contract (ref HDC/TR/2025/014) is £82.00 per pallet for deliveries within the district.

Please issue a credit note for the difference on the 32 pallets (£416.00) or a revised invoice at the contract rate. The remaining balance will be paid once the corrected document is received.

Yours faithfully,

Rebecca Hart
Procurement Officer
Hollinsford District Council
Tel: 01632 960 578

DISCLAIMER: This email is intended only for the addressee and may contain information which is confidential. If you have received it in error, please notify the sender and delete it. Hollinsford District Council accepts no liability for any viruses transmitted by this email."""),

    dict(id="s16enb046", country="FR", date="2027-01-15T12:40", fmt="gmail", stage="firm", ago=5,
         inv="FC-2026-1158", amt="2 976,00", due="2026-12-01",
         frm="Callum Reid <callum@thecorkandthistle.co.uk>",
         intent="plan_request",
         note="Scottish wine bar asks to pay in two halves; no firm dates.",
         body="""Hello,

Apologies, I know this is late. The festive season was quieter than we hoped and January has been brutal so far.

Would you accept it in two halves, one in the next few weeks and the other next month? I'd really like to keep ordering from you so I want to sort this out properly.

Thanks,
Callum Reid
The Cork & Thistle, Stockbridge, Edinburgh
0131 555 2290"""),

    dict(id="s16enb047", country="US", date="2026-12-09T13:05", fmt="gmail", stage="second_reminder", ago=2,
         inv="BMS-40721", amt="2,560.00", due="2026-11-22",
         frm="Kevin O'Hara <kohara@maplewoodschools.org>",
         intent="promise", promise_date="2026-12-11",
         note="School district; colleague relays the finance office answer: ACH Friday, December 11.",
         body="""Hi,

I checked with Dana in our finance office since I'm just the school nurse who ordered the supplies. Here's what she told me:

"This is approved. It's on the Friday, December 11 ACH batch."

Hope that helps!
Kevin O'Hara, RN
Maplewood School District
(908) 555-0121"""),

    dict(id="s16enb048", country="GB", date="2027-01-26T10:00", fmt="html_outlook", stage="final_notice", ago=5,
         inv="HFS-118361", amt="5,718.00", due="2026-11-30",
         frm="Creditors Team <creditors@bairdmorganrecovery.co.uk>",
         intent="other",
         note="Debtor in administration; letter from administrators asking for a proof of debt.",
         body="""Dear Sirs,

Tanfield Retail Distribution Limited - In Administration

We write to advise that Tanfield Retail Distribution Limited entered administration on 18 January 2027 and that Andrew Baird and Fiona Morgan of Baird Morgan Recovery LLP were appointed as Joint Administrators.

The Company is no longer able to make payment of pre-appointment debts. If you are owed money, please complete the attached proof of debt form and return it to this office together with copies of your invoices.

Yours faithfully

Emma Slater
Senior Administrator
For and on behalf of the Company
Baird Morgan Recovery LLP, 4 King Street, Manchester M2 4LQ

The affairs, business and property of the Company are being managed by the Joint Administrators, who act as agents of the Company and without personal liability."""),

    dict(id="s16enb049", country="US", date="2026-12-30T11:40", fmt="gmail", stage="final_notice", ago=2,
         inv="BMS-40592", amt="3,275.00", due="2026-11-10",
         frm="Tony Vasquez <tony@vasquezhomecare.com>",
         intent="paid", paid_on="2026-12-30",
         note="Typos; wire sent this morning.",
         body="""i sent the wire this moring for the full amout, confirmaton # is 20261230-88417. pls dont send us to collections we been customers for 6 yrs

tony
Vasquez Home Care"""),

    dict(id="s16enb050", country="GB", date="2026-12-08T15:10", fmt="html_outlook", stage="reminder", ago=1,
         inv="HFS-118316", amt="1,986.00", due="2026-11-27",
         frm="Purchase Ledger <purchaseledger@lindenhallhotels.co.uk>",
         intent="promise",
         note="Approved for the next payment run; no date given.",
         body="""Hi,

Thanks for the reminder. This has been approved and will be included in our next payment run.

Kind regards,
Mark Ellison
Purchase Ledger Assistant
Linden Hall Hotels
T: 01670 555 244"""),
]
