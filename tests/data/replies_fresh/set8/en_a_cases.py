"""Part en_a: handwritten debtor replies (English). Each body was written by hand for its case."""

CASES = [
    dict(id="s8ena001", country="GB", date="2026-12-09T07:48", fmt="gmail", stage="reminder", ago=1,
         inv="PWH-30412", amt="186.40", due="2026-11-20",
         frm="Dan Okafor <dan@thecornerkettle.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Café owner: will pay on Friday (reply sent Wednesday 9 Dec).",
         body="""Sorry been mad busy with the christmas menu. Will pay it friday when the weeks takings go in

Dan
The Corner Kettle"""),

    dict(id="s8ena002", country="GB", date="2026-12-08T10:15", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="PWH-30377", amt="1,142.00", due="2026-10-31",
         frm="Accounts Payable <ap-invoices@calderbrook.ac.uk>",
         intent="copy_request",
         note="University AP cannot process the invoice without a valid PO number; asks for it and a resubmitted invoice.",
         body="""Dear Supplier,

Thank you for your email regarding invoice PWH-30377.

We are unable to process this invoice as it does not quote a valid University purchase order number. All invoices submitted to Calderbrook University must reference an official PO number beginning with 45 (for example 4500123456); invoices without one cannot be matched on our system and are returned to the supplier unpaid.

Please obtain the PO number from the department that placed the order (our records suggest this was Estates & Facilities, Bramley Building) and resubmit the invoice, with the PO number clearly shown, to ap-invoices@calderbrook.ac.uk. Once a compliant invoice has been received it will be paid in line with our standard 30-day terms.

Please do not reply to this email with statements or reminders for invoices that have not yet been resubmitted, as this will delay processing.

Kind regards,

Joanne Whitlock
Accounts Payable Team | Finance Directorate
Calderbrook University
T: 01484 472 900 (option 2)

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Calderbrook University is an exempt charity."""),

    dict(id="s8ena003", country="US", date="2026-12-16T15:22", fmt="html_gmail", stage="reminder", ago=3,
         inv="BH-10873", amt="2,365.00", due="2026-11-30",
         frm="Kelsey Marchetti <kelsey@tidewatercreative.co>",
         intent="paid", paid_on="2026-12-14",
         note="Marketing agency: ACH sent on 12/14 (US month-first).",
         body="""Hi there,

This went out via ACH on 12/14 so it should land in your account by tomorrow, Friday at the latest. You should also have gotten a remittance email from our Bill.com account with the invoice number on it.

Let me know if it doesn't show up and I'll chase our bank.

Thanks!
Kelsey

Kelsey Marchetti | Operations Manager
Tidewater Creative Co.
41 Fore St, Suite 3 | Portland, ME 04101
(207) 555-0192"""),

    dict(id="s8ena004", country="GB", date="2026-12-10T16:40", fmt="outlook", stage="firm", ago=2,
         inv="PWH-30288", amt="412.80", due="2026-10-15",
         frm="Hart's Garage <office@hartsgarage-sowerby.co.uk>",
         intent="dispute",
         note="Garage refuses to pay: billed for three washroom units when it only has two; asks for a corrected invoice.",
         body="""This is the third email I've had from you about this and I'm getting fed up now.

You have charged us for a quarterly service on THREE sanitary units. We have two toilets in this building. Two. Your driver came in October, saw for himself, and said he'd "sort it with the office". Obviously nobody did.

I'm not paying £412.80 for a unit that doesn't exist and I'm certainly not paying interest on it. Send me a corrected invoice for two units and I'll pay it the same day. Until then please stop sending me threatening letters about the Late Payment Act.

Mick Hart
Hart's Garage
Sowerby Bridge
01422 831 207"""),

    dict(id="s8ena005", country="GB", date="2026-12-23T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="PWH-30551", amt="267.00", due="2026-12-10",
         frm="Lorraine Bates <manager@heatherleacarehome.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply from the care home manager; back Monday 4 January 2027.",
         body="""Thank you for your email.

I am currently out of the office and will return on Monday 4th January 2027. Your email will not be forwarded.

For anything relating to residents or their care, please telephone the home on 01274 588 310 and ask for the nurse in charge. For invoices and accounts queries, please contact our administrator, Sue Pickles, on admin@heatherleacarehome.co.uk.

Best wishes,
Lorraine Bates
Registered Manager, Heatherlea Care Home"""),

    dict(id="s8ena006", country="FR", loc="GB", date="2026-12-10T11:37", fmt="apple", stage="reminder", ago=2,
         inv="MC-2026-0841", amt="1 486,20", due="2026-11-25",
         frm="Rob Hennessy <rob@oldchapelbistro.co.uk>",
         intent="paid", paid_on="2026-12-10",
         note="English restaurant owner, French supplier: transfer made this morning.",
         body="""Bonjour,

Paid this morning by bank transfer, so sorry for the delay - it slipped through while I was away in November. I put MC-2026-0841 as the reference.

Could you let Claire know we'll want to reorder the Pessac-Léognan in January?

Merci,
Rob

Sent from my iPhone"""),

    dict(id="s8ena007", country="US", date="2026-12-08T21:13", fmt="gmail", stage="second_reminder", ago=4,
         inv="BH-10812", amt="1,240.00", due="2026-11-05",
         frm="Brianna Coulter <bri.coulter88@gmail.com>",
         intent="plan_request",
         note="Household (wedding signage): asks to pay in instalments, no date committed.",
         body="""Hi,

I'm really sorry this is late. I haven't forgotten about it I promise. The wedding was in October and honestly we went way over budget on everything, and then my husband's hours got cut at work right after.

Would it be possible to pay this off in a few installments instead of all at once? I could probably do a couple hundred a month, or whatever works on your end. The signs were gorgeous by the way, everyone asked where we got them.

Thank you so much for understanding,
Brianna Coulter"""),

    dict(id="s8ena008", country="GB", date="2026-12-14T14:02", fmt="outlook", stage="reminder", ago=3,
         inv="PWH-30460", amt="938.16", due="2026-11-28",
         frm="Paul Greenwood <paul.greenwood@ryburnvalley.gov.uk>",
         intent="contact_change", new_email="creditors@ryburnvalley.gov.uk",
         note="Council officer: invoices must go to the creditors mailbox, not to him.",
         body="""Good afternoon,

I'm the site supervisor at the depot, not finance, so I'm afraid I can't do anything with these. I've checked and the washroom service order was raised properly on our system back in the summer.

Please send this invoice and any future reminders or statements to creditors@ryburnvalley.gov.uk, which is the Council's Creditors team. They will need the order number on the invoice, which I think you already have.

Thanks,

Paul Greenwood
Depot Supervisor – Operational Services
Ryburn Valley Council
Tel: 01422 393 118

Ryburn Valley Council may monitor emails to and from its systems. This email and any attachments are intended for the named recipient only."""),

    dict(id="s8ena009", country="GB", date="2026-12-17T19:26", fmt="gmail", stage="second_reminder", ago=1,
         inv="PWH-30395", amt="142.50", due="2026-11-01",
         frm="Sharon Lumb <shazlumbhair@hotmail.co.uk>",
         intent="promise",
         note="Hairdresser will pay after the new year; no single date given.",
         body="""Hiya

Yes I know its overdue, sorry. December has been dead, everyone's skint before Christmas and half my regulars have cancelled. I'll get it paid after new year when things pick back up, promise it won't be any later than that.

Shaz x
Shaz Lumb Hair, Brighouse"""),

    dict(id="s8ena010", country="US", date="2026-12-11T09:34", fmt="bounce", stage="reminder",
         frm="postmaster@harborlightdental.onmicrosoft.com",
         subj="Undeliverable: Payment reminder: invoice BH-10891 now due – Blue Heron Sign & Print LLC",
         inv="BH-10891", rcpt="accounts@harborlightdental.com", status="5.2.2",
         mta="BN8PR12MB3341.namprd12.prod.outlook.com", remote="harborlightdental-com.mail.protection.outlook.com",
         diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
         intent="bounce",
         note="Delivery failure: recipient mailbox full.",
         body="""Delivery has failed to these recipients or groups:

accounts@harborlightdental.com
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: BN8PR12MB3341.namprd12.prod.outlook.com

accounts@harborlightdental.com
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'"""),

    dict(id="s8ena011", country="GB", date="2026-12-15T11:52", fmt="outlook", stage="second_reminder", ago=5,
         inv="PWH-30349", amt="684.00", due="2026-10-31",
         frm="Janet Crossley <secretary@calderroversfc.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Club secretary passes on the chairman's answer: payment goes out Friday 18th with the supplier run.",
         body="""Hi,

Please see the chairman's reply below. Apologies for the wait, we only have one cheque signatory at the moment so things back up.

Regards,
Janet Crossley
Club Secretary, Calder Rovers FC

-----Original Message-----
From: Keith Barraclough <chairman@calderroversfc.co.uk>
Sent: 15 December 2026 10:37
To: Janet Crossley <secretary@calderroversfc.co.uk>
Subject: FW: Second reminder: invoice PWH-30349 overdue

Janet - tell them it goes out Friday 18th with the rest of the suppliers. The bar takings from the Boxing Day game are spoken for so it has to be this week or it'll be February.

K"""),

    dict(id="s8ena012", country="GB", date="2026-12-16T20:48", fmt="tb", stage="reminder", ago=6,
         inv="PWH-30437", amt="356.90", due="2026-11-25",
         frm="Ashworth Farm <ashworthfarm@btinternet.com>",
         intent="paid", paid_on="2026-12-14",
         note="Farmer posted a cheque on Monday (14 Dec); reply written Wednesday.",
         body="""Hello

cheque for the parlour chemicals and blue roll went in the post monday, second class so may take a few days. Made out to Pennine Washroom and Hygine Ltd, hope thats right as you've changed the name on the invoices since last year.

If its not there by the weekend give us a ring on the landline, mobile signal is rubbish up here

John Ashworth
Ashworth Farm, Cragg Vale"""),

    dict(id="s8ena013", country="US", date="2026-12-18T13:05", fmt="outlook", stage="reminder", ago=4,
         inv="BH-10855", amt="1,912.00", due="2026-12-01",
         frm="Dana Whitcomb <dwhitcomb@casco-residential.com>",
         intent="dispute",
         note="Property manager disputes half the order: two of four lease signs printed with the wrong phone number.",
         body="""Hello,

We ordered four "Now Leasing" post signs for our properties on Forest Ave, Brighton Ave, Stevens Ave and Congress St. Two of them (Forest and Stevens) came printed with our old office number, 207-555-0114, even though the proof I approved on 11/9 had the correct one. I sent photos to Marcus on 11/24 and never heard back.

We're happy to pay for the two correct signs and installation, but we are not paying $956 for signs we can't use. Please either reprint the two with the right number or issue a credit and send a revised invoice.

Thank you,

Dana Whitcomb
Property Manager
Casco Residential Management
475 Forest Avenue, Portland, ME 04101
Office: (207) 555-0177"""),

    dict(id="s8ena014", country="US", date="2026-12-21T10:11", fmt="gmail", stage="second_reminder", ago=3,
         inv="BH-10829", amt="745.00", due="2026-11-15",
         frm="Hello at Lantern & Pine <hello@lanternandpine.studio>",
         intent="unsubscribe",
         note="Agency asks to take its shared inbox off the automated reminders.",
         body="""Hi,

Could you please take this address off your automated reminders? hello@ is our general inbox that the whole studio sees, including clients, and we've had three of these in two weeks now. Please just unsubscribe us from them.

Thanks,
Lantern & Pine Studio"""),

    dict(id="s8ena015", country="FR", loc="GB", date="2026-12-14T09:26", fmt="gmail", stage="reminder", ago=4,
         inv="MC-2026-0866", amt="624,00", due="2026-11-30",
         frm="Gillian Marsh <gillian.marsh.gites@orange.fr>",
         intent="bank_details",
         note="English gîte owner received an email announcing new bank details and asks whether it is genuine before paying.",
         body="""Bonjour Madame, Monsieur,

Apologies for writing in English, my French is fine for the market but not for anything involving money!

I was about to pay this invoice but last Tuesday I received an email, supposedly from your accounts department, saying that your bank account has changed and that payments should now go to an account in Lithuania. It had your logo on it but the address it came from was slightly different (maison-castagne-fr.com).

Before I send anything, could you please confirm which bank details are correct? I'd rather phone you if that's easier; my number is below.

Many thanks,
Gillian Marsh
Les Granges du Moulin, 24260 Le Bugue
06 71 28 90 44"""),

    dict(id="s8ena016", country="GB", date="2026-12-18T15:30", fmt="ooo", stage="reminder", ago=0,
         inv="PWH-30522", amt="2,094.60", due="2026-12-05",
         frm="Dr Helen Aspinall <h.aspinall@calderbrook.ac.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="Auto-reply; on leave from 18 December, returning Tuesday 5 January 2027.",
         body="""Thank you for your message. I am on annual leave from Friday 18 December and the University is closed over the Christmas period. I will be returning on Tuesday 5 January 2027 and will respond to emails then.

If your query concerns invoices or payments, please contact ap-invoices@calderbrook.ac.uk. For urgent building issues please call Estates Helpdesk on 01484 472 555.

Helen Aspinall
Head of Facilities Operations, Estates & Facilities"""),

    dict(id="s8ena017", country="US", date="2027-01-04T16:44", fmt="gmail", stage="repeat", ago=5,
         inv="BH-10802", amt="3,480.00", due="2026-11-01",
         frm="Tony Caruso <tony@carusostrattoria.com>",
         intent="promise", promise_date="2027-01-08",
         note="Restaurant owner: check goes out in the Friday 1/8 run.",
         body="""yeah I know. bookkeeper does checks fridays, youre in the 1/8 run. sorry, december killed us

Tony
Caruso's Trattoria"""),

    dict(id="s8ena018", country="GB", date="2027-01-13T12:18", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("PWH-30501", "318.00", "2026-11-30"), ("PWH-30544", "1,026.40", "2026-12-10")],
         frm="Purchase Ledger <purchaseledger@evergreenlivingcare.co.uk>",
         intent="promise", promise_date="2027-01-29",
         note="Care group paid one of two invoices today; commits the second to the 29 January run. The open promise is what needs tracking.",
         body="""Good afternoon,

Thank you for your reminder.

Please note that invoice PWH-30501 (£318.00) was included in today's BACS run and should reach your account within 2–3 working days.

Invoice PWH-30544 (£1,026.40) was received after the cut-off for December's approvals, as the Home Manager at Oakwood Lodge was on leave over Christmas. It has now been approved and will be paid in our next scheduled payment run on Friday 29 January.

If you have any queries please quote our supplier reference PEN004.

Kind regards,

Amrit Sandhu
Purchase Ledger Clerk
Evergreen Living Care Group Ltd
Head Office: 2 Kirkgate Court, Wakefield WF1 1UL
Tel: 01924 611 480

Evergreen Living Care Group Ltd. Registered in England No. 06133927. Registered office as above. This email is confidential and may be legally privileged."""),

    dict(id="s8ena019", country="GB", date="2026-12-11T13:20", fmt="apple", stage="reminder", ago=1,
         inv="PWH-30473", amt="89.99", due="2026-11-30",
         frm="Margaret Haigh <maggie.haigh@btinternet.com>",
         intent="other",
         note="Wrong recipient: private person says she never ordered from the firm.",
         body="""Dear Sirs,

I think you must have the wrong person. I am a retired lady living in Todmorden and I have never ordered anything from Pennine Washroom & Hygiene, nor heard of you until this morning. My son says I should not click on the link in case it is one of these scams, so I haven't.

Perhaps somebody has typed my email address by mistake? Please check your records and stop sending to me.

Yours faithfully,
Margaret Haigh (Mrs)

Sent from my iPad"""),

    dict(id="s8ena020", country="US", date="2026-12-09T11:07", fmt="outlook", stage="reminder", ago=2,
         inv="BH-10860", amt="4,150.00", due="2026-11-20",
         frm="Accounts Payable <accountspayable@bayviewcollege.edu>",
         intent="copy_request",
         note="College AP needs a W-9 and an invoice copy showing the PO before it can pay (new vendor setup).",
         body="""Good morning,

We have no record of invoice BH-10860 in our system. It appears Blue Heron Sign & Print LLC has not yet been set up as a vendor with Bayview College.

Before we can process payment, please send the following to accountspayable@bayviewcollege.edu:

1. A completed and signed IRS Form W-9
2. A copy of the invoice referencing our purchase order number (the PO should have been provided by the Office of Admissions, who requested the wayfinding signage)

Once both documents are received, vendor setup typically takes 5-7 business days, after which the invoice will be paid on our Net 30 terms.

Thank you,

Rosa Delgado
Accounts Payable Specialist
Bayview College | Business Office
(207) 555-0230"""),

    dict(id="s8ena021", country="GB", date="2026-12-22T08:05", fmt="none", stage="second_reminder", ago=1,
         inv="PWH-30418", amt="224.00", due="2026-11-20",
         frm="Gary Thornton <gazthornton@icloud.com>",
         intent="paid", paid_on="2026-12-21",
         note="Very short: paid yesterday (Monday 21 Dec).",
         body="""Paid yesterday

Gaz - Fleece Inn"""),

    dict(id="s8ena022", country="GB", date="2027-01-06T12:41", fmt="gmail", stage="repeat", ago=2,
         inv="PWH-30326", amt="518.40", due="2026-10-31",
         frm="Elland Tyres & Exhausts <ellandtyres@gmail.com>",
         intent="promise", promise_date="2027-01-31",
         note="Garage will clear it by the end of the month (January); side question about a price for dispensers.",
         body="""Hi

Bad December, lot of customers paying us late so it's rolling down hill. I'll have it cleared by the end of the month, no later.

While I've got you can someone send me a price for two new soap dispensers for the customer toilet, the old one's been snapped off the wall again.

Cheers
Raj
Elland Tyres & Exhausts
07789 412 660"""),

    dict(id="s8ena023", country="FR", loc="GB", date="2026-12-09T10:58", fmt="outlook", stage="second_reminder", ago=1,
         inv="MC-2026-0812", amt="2 310,00", due="2026-11-20",
         frm="Siobhán Ní Fhlatharta <accounts@ballyconneelyhouse.ie>",
         intent="dispute",
         note="Irish hotel will not pay until a credit note is issued for broken bottles.",
         body="""Dear Sir/Madam,

Thank you for your reminder regarding invoice MC-2026-0812.

Of the ten cases delivered to us on 20 November, two arrived with broken bottles: nine bottles of Saint-Émilion Grand Cru in total were either broken or leaking, and the labels on a further six were ruined by the wine. Your courier's driver signed the damage note at the time of delivery and I emailed photographs to Mr Castagné's assistant the following day.

We have not received any response, nor a credit note. We will gladly settle the balance of the invoice once a credit note for the damaged bottles has been issued, but we are not in a position to pay the full amount as it stands.

Kind regards,

Siobhán Ní Fhlatharta
Accounts Manager
Ballyconneely House Hotel
Ballyconneely, Co. Galway, H91 X2K7, Ireland
+353 95 23 418"""),

    dict(id="s8ena024", country="GB", date="2026-12-24T13:10", fmt="ooo", stage="reminder", ago=0,
         inv="PWH-30460", amt="938.16", due="2026-11-28",
         frm="Creditors Team <creditors@ryburnvalley.gov.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Council creditors mailbox closed for Christmas; reopens Monday 4 January 2027.",
         body="""Thank you for contacting Ryburn Valley Council Creditors Team.

Council offices are closed for the Christmas and New Year period from 12 noon on Thursday 24 December 2026. We reopen on Monday 4 January 2027, and emails received during the closure will be dealt with in the order they arrived.

Please note that invoices must quote a valid Council purchase order number. Invoices without a PO number will be returned.

This is an automated response - please do not reply to this message."""),

    dict(id="s8ena025", country="US", date="2026-12-29T18:32", fmt="apple", stage="second_reminder", ago=6,
         inv="BH-10838", amt="880.00", due="2026-11-20",
         frm="Ellen Hollis <hollisfamilyfarm@gmail.com>",
         intent="promise",
         note="Farm will pay when the co-op milk check comes in mid-January; no single date.",
         body="""Hi folks,

Sorry, I know we're behind. Between the barn roof and feed prices this fall it's been a tight one. Our co-op milk check comes in mid-January and I'll pay you in full as soon as it lands, you have my word. The farm stand signs have already paid for themselves with the Christmas tree traffic so don't think we're unhappy!

Happy New Year,
Ellen Hollis
Hollis Family Farm, Gorham ME

Sent from my iPhone"""),

    dict(id="s8ena026", country="GB", date="2027-01-11T21:07", fmt="gmail", stage="firm", ago=4,
         inv="PWH-30364", amt="397.20", due="2026-10-31",
         frm="Liam Pearson <liam@fadeandgracebarbers.co.uk>",
         intent="plan_request",
         note="Barber asks to pay in three instalments; no dates committed.",
         body="""Hello,

I got your letter about the late payment charges. I'm not disputing the bill, I just can't pay the whole lot in one go at the minute. January is always bad for us and I've had the VAT bill on top.

Would you be able to let me pay it in three lots? Let me know what you'd need from me to set that up.

Thanks,
Liam Pearson
Fade & Grace Barbers, Halifax"""),

    dict(id="s8ena027", country="GB", date="2026-12-21T09:44", fmt="html_outlook", stage="reminder", ago=4,
         inv=[("PWH-30480", "152.40", "2026-11-30"), ("PWH-30481", "152.40", "2026-11-30")],
         frm="Finance <finance@brightsparkmarketing.co.uk>",
         intent="paid", paid_on="2026-12-17",
         note="Agency: both invoices paid in the Thursday 17 December payment run.",
         body="""Hi,

Both of these invoices (PWH-30480 and PWH-30481) were paid in our payment run on Thursday 17 December, so I expect they crossed with your reminder. Total amount paid £304.80, reference BRIGHTSPARK 1712.

The remittance advice was sent automatically from Xero to accounts@penninehygiene.co.uk on the same day; I've attached another copy just in case.

Best wishes,

Hannah Lister
Finance & Office Manager
Bright Spark Marketing Ltd
The Mill, Dean Clough, Halifax HX3 5AX
T: 01422 300 772

Bright Spark Marketing Ltd is a company registered in England and Wales with company number 09928341. Registered office: The Mill, Dean Clough, Halifax HX3 5AX. VAT No. GB 231 4498 07.
This email and any attachments are confidential. If you are not the intended recipient, please delete it and notify the sender."""),

    dict(id="s8ena028", country="US", date="2026-12-28T08:00", fmt="ooo", stage="reminder", ago=0,
         inv="BH-10877", amt="1,325.00", due="2026-12-15",
         frm="Greg Szymanski <greg@harborpointrealty.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply: out through Friday, January 1; back Monday, January 4.",
         body="""Thanks for your email. I'm out of the office through Friday, January 1 with limited access to email. I'll be back Monday, January 4 and will get back to you then.

If this is about a listing or a showing, please call our front desk at (207) 555-0161.

Happy holidays!
Greg Szymanski
Harbor Point Realty"""),

    dict(id="s8ena029", country="GB", date="2027-01-07T14:26", fmt="tb", stage="second_reminder", ago=3,
         inv="PWH-30509", amt="1,486.00", due="2026-12-01",
         frm="Colin Rhodes <colin@rhodesproperty.co.uk>",
         intent="bank_details",
         note="Landlord notices a different sort code on the invoice from the one saved last year and asks which is correct.",
         body="""Good afternoon,

I was about to pay this one but the bank details printed on the invoice don't match what I have saved from last year. The account name is the same but the sort code on the new invoice is 40-11-62 and I have 20-45-77 on file.

Given the number of invoice frauds going around, I'd like you to confirm which account is correct before I send nearly £1,500 anywhere. I'd prefer a phone call from someone in your accounts department rather than an email reply.

Regards,
Colin Rhodes
Rhodes Property Management
Serviced offices at Lister Court & Square Chapel Yard
07700 918 354"""),

    dict(id="s8ena030", country="GB", date="2026-12-08T17:15", fmt="gmail", stage="reminder", ago=1,
         inv="PWH-30452", amt="96.00", due="2026-11-28",
         frm="Pat Sunderland <stmichaelshall.bookings@gmail.com>",
         intent="other",
         note="Church hall booking secretary has passed the invoice to the treasurer; no payment statement.",
         body="""Dear Pennine,

I'm the bookings secretary for St Michael's Church Hall, so I'm afraid I don't deal with the bills. I've passed your email on to our treasurer, Mr Denis Firth, who looks after all of the payments for the hall committee. He's not on email very often so please bear with him.

Kind regards,
Pat Sunderland
St Michael's Church Hall, Mytholmroyd"""),

    dict(id="s8ena031", country="GB", date="2026-12-10T12:03", fmt="outlook", stage="final_notice", ago=1,
         inv="PWH-30297", amt="648.00", due="2026-10-20",
         frm="Nicola Brear <nicola@littleacornsnursery-halifax.co.uk>",
         intent="dispute",
         note="Nursery angrily refuses to pay for nappy-bin collections that never happened; threatened with collection.",
         body="""FINAL REMINDER?? You have got to be joking.

Your van has not been to this nursery since the 10th of November. We have FORTY children, about half of them in nappies, and we have had to pay a private waste company out of our own pocket to take the bins away because the smell was unbearable. I have rung your office four times and been promised a call back every time. Nobody has ever called back.

The invoice you are chasing is for fortnightly collections for October to December. We will pay for the October collections that actually happened and not a penny more. If you pass this to a debt collector I will be passing every one of my emails and call logs to them as well, and to Trading Standards.

I want a call from a manager, not another automated email.

Nicola Brear
Manager
Little Acorns Day Nursery
01422 364 901"""),

    dict(id="s8ena032", country="GB", date="2027-01-14T10:22", fmt="gmail", stage="second_reminder", ago=2,
         inv="PWH-30530", amt="742.80", due="2026-12-10",
         frm="Moorview House <office@moorviewhouse-care.co.uk>",
         intent="promise", promise_date="2027-01-19",
         note="Care home administrator: payment will be made on Tuesday (19 Jan); reply sent Thursday 14 Jan.",
         body="""Dear Pennine Washroom & Hygiene,

Thank you for your email and I'm sorry this has gone over. Our owner signs off supplier payments and she has been away since before Christmas, but she is back on Monday and I will make sure this is paid on Tuesday along with the other December invoices.

I'll drop you a line once it has gone.

Kind regards,
Anne Whiteley
Home Administrator
Moorview House Residential Care Home
Tel 01535 640 227"""),

    dict(id="s8ena033", country="US", date="2027-01-07T13:39", fmt="html_gmail", stage="second_reminder", ago=3,
         inv=[("BH-10846", "1,180.00", "2026-11-25"), ("BH-10881", "465.00", "2026-12-12")],
         frm="Marcus Dwyer <marcus@northlightagency.com>",
         intent="promise", promise_date="2027-01-15",
         note="Agency will pay both invoices by the 15th (January); side request to copy ap@ on future invoices.",
         body="""Hey team,

Totally on us, our finance person left in December and things slipped while we hired her replacement. I've flagged both of these (BH-10846 and BH-10881) and we'll have them paid by the 15th.

Also, heads up, going forward please send invoices to ap@northlightagency.com as well as me.

Thanks for the patience,
Marcus

--
Marcus Dwyer
Managing Partner, Northlight Agency
m: (617) 555-0143"""),

    dict(id="s8ena034", country="FR", loc="GB", date="2027-01-05T16:18", fmt="apple", stage="second_reminder", ago=1,
         inv="MC-2026-0897", amt="3 745,80", due="2026-12-15",
         frm="Tom Aldridge <tom@cellardoorwinebar.london>",
         intent="promise", promise_date="2027-01-11",
         note="London wine bar will transfer on Monday 11th January.",
         body="""Hi both,

Apologies, we were closed from the 24th until yesterday and I'm only now catching up. I'll transfer the full €3,745.80 on Monday 11th January when our card takings from New Year's Eve have cleared - it's the biggest night of our year so there's no risk there.

Happy new year to everyone in Bordeaux,
Tom

Tom Aldridge
Cellar Door Wine Bar
27 Lamb's Conduit Street, London WC1N 3NL"""),

    dict(id="s8ena035", country="GB", date="2026-12-12T10:46", fmt="apple", stage="reminder", ago=2,
         inv="PWH-30489", amt="58.80", due="2026-11-30",
         frm="Brian Midgley <b.midgley57@sky.com>",
         intent="unsubscribe",
         note="Private customer asks to stop receiving the emails.",
         body="""Please take me off your email list. I do not want to receive these emails.

Sent from my iPhone"""),

    dict(id="s8ena036", country="US", date="2026-12-30T11:25", fmt="gmail", stage="reminder", ago=6,
         inv="BH-10869", amt="2,740.00", due="2026-12-10",
         frm="Walt Pelletier <wpelletier.properties@gmail.com>",
         intent="paid", paid_on="2026-12-28",
         note="Landlord mailed check #4471 on 12/28 (US month-first).",
         body="""Hello,

Check #4471 for the full $2,740.00 was mailed on 12/28 to your Commercial St address. With the holiday mail it may take a few extra days.

The new directory board in the lobby looks great, tenants love it.

Walt Pelletier
Pelletier Properties
88 Exchange St, Portland"""),

    dict(id="s8ena037", country="GB", date="2027-01-08T09:12", fmt="apple", stage="second_reminder", ago=3,
         inv="PWH-30517", amt="203.40", due="2026-12-05",
         frm="Chloe Sutcliffe <hello@beanandbloomcafe.co.uk>",
         intent="copy_request",
         note="Café cannot open the link and has lost the original; asks for the invoice as a PDF.",
         body="""Hi

Sorry but I can't find the original invoice anywhere, I think it went to our old email. And the link in your email just keeps loading on my phone. Could you send me the invoice as a PDF attachment so I can put it through the books?

Thanks
Chloe
Bean & Bloom, Hebden Bridge

Sent from my iPhone"""),

    dict(id="s8ena038", country="GB", date="2026-12-21T08:30", fmt="ooo", stage="reminder", ago=0,
         inv="PWH-30542", amt="318.60", due="2026-12-08",
         frm="Ollie Greaves <ollie@fieldandfoundry.agency>",
         intent="out_of_office", return_date="2027-01-06",
         note="Auto-reply: away from 21st Dec, back in on Wednesday 6th January.",
         body="""Hi there,

Thanks for getting in touch. The studio is closed for the holidays and I'm away from 21st Dec, back in on Wednesday 6th January.

I won't be checking emails while I'm off but I'll reply when I'm back. If it's urgent (and I mean urgent - website down, that sort of thing) call Beth on 07846 221 903.

Merry Christmas!
Ollie
Field & Foundry"""),

    dict(id="s8ena039", country="GB", date="2026-12-15T15:58", fmt="outlook", stage="firm", ago=1,
         inv="PWH-30341", amt="276.00", due="2026-10-31",
         frm="Stainland MOT Centre <accounts@stainlandmot.co.uk>",
         intent="paid", paid_on="2026-12-15",
         note="Garage paid by card over the phone this afternoon.",
         body="""Hi,

Just to let you know I've rung your office and paid this by card over the phone this afternoon, spoke to Sharon. She said she'd email a receipt.

Can you also check the interest has been taken off, Sharon said she would remove it as we've been customers for 9 years and never been late before.

Thanks
Karen Beaumont
Stainland MOT Centre"""),

    dict(id="s8ena040", country="US", date="2026-12-14T17:50", fmt="gmail", stage="reminder", ago=3,
         inv="BH-10864", amt="1,560.00", due="2026-12-01",
         frm="Nina Ferreira <nina@sorrentopizzaco.com>",
         intent="dispute",
         note="Restaurant refuses to pay until the menu boards printed with the wrong prices are reprinted.",
         body="""Hi,

I'm not going to pay this until the menu boards are fixed. When they were installed we found that the prices on the 16" pies are all the old prices, not the ones I sent Marcus in the final spreadsheet on 11/2. Every single large pizza is $2 cheaper on the board than at the register and customers are complaining.

I called twice and was told someone would come to reprint. Nobody has come. Get the boards corrected and I'll pay the same day.

Nina Ferreira
Owner, Sorrento Pizza Co.
(207) 555-0188"""),

    dict(id="s8ena041", country="GB", date="2027-01-11T10:05", fmt="html_outlook", stage="second_reminder", ago=5,
         inv=[("PWH-30471", "1,206.00", "2026-11-30"), ("PWH-30472", "684.00", "2026-11-30"), ("PWH-30499", "428.40", "2026-12-05")],
         frm="Payments Team <payments@spenvalley.gov.uk>",
         intent="paid", paid_on="2027-01-08",
         note="Council remittance: BACS payment for all three invoices made on 08/01/2027 (UK day-first).",
         body="""Dear Supplier,

REMITTANCE ADVICE

Spen Valley Borough Council has made a payment to your account by BACS.

Payment date: 08/01/2027
Payment reference: SVBC-PAY-0118842
Supplier number: 200417

Invoice PWH-30471   £1,206.00
Invoice PWH-30472   £684.00
Invoice PWH-30499   £428.40
Total paid          £2,318.40

Funds should be available in your account within three working days of the payment date. Please allow this time before sending any further reminders.

If you have a query about this payment please contact the Payments Team quoting the payment reference above.

Yours faithfully,

Payments Team
Financial Services
Spen Valley Borough Council
Town Hall, Cleckheaton BD19 3RH

This e-mail and any attachments are confidential and may contain personal information. If you are not the intended recipient please notify the sender and delete it. Spen Valley Borough Council reserves the right to monitor all e-mail communications."""),

    dict(id="s8ena042", country="GB", date="2027-01-12T13:47", fmt="gmail", stage="reminder", ago=1,
         inv="PWH-30556", amt="164.70", due="2026-12-31",
         frm="Jade Holroyd <jadesbeautyandhair@outlook.com>",
         intent="promise", promise_date="2027-01-22",
         note="Salon owner, phone-typed: will pay on the 22nd (January).",
         body="""hi sorry only just seen this, been off with covid over new year. can i pay it on the 22nd when my money comes in, i get paid on 22nd from the salon i rent my chair out to so defo will be ok then

jade x"""),

    dict(id="s8ena043", country="FR", loc="GB", date="2027-01-12T15:32", fmt="outlook", stage="firm", ago=6,
         inv=[("MC-2026-0788", "4 128,00", "2026-11-05"), ("MC-2026-0823", "1 962,50", "2026-11-25")],
         frm="Andrew Kettering <andrew.kettering@bramblekitchens.co.uk>",
         intent="other",
         note="UK restaurant group has entered administration; claims must go to the administrators. No payment statement.",
         body="""Dear Sir or Madam,

I am writing to let you know that Bramble Kitchens Group Limited entered administration on 4 January 2027, and that Ms Rachel Oduya and Mr Stephen Lakin of Harcourt Lakin LLP were appointed as joint administrators.

As a result, the company is not able to make any payment in respect of debts incurred before that date, including your invoices MC-2026-0788 and MC-2026-0823. Any claim should be submitted directly to the administrators, who will be writing to all known creditors in the coming days. Their contact details are: Harcourt Lakin LLP, 3 Park Row, Leeds LS1 5HN, email bramble@harcourtlakin.co.uk, quoting reference BKG/2027/01.

I am sorry to be writing with this news; you have been an excellent supplier to our restaurants for many years.

Yours faithfully,

Andrew Kettering
Finance Director
Bramble Kitchens Group Limited
(In Administration)

The affairs, business and property of Bramble Kitchens Group Limited are being managed by the Joint Administrators, who act as agents of the company and without personal liability."""),

    dict(id="s8ena044", country="US", date="2027-01-19T07:52", fmt="apple", stage="reminder", ago=2,
         inv="BH-10903", amt="385.00", due="2027-01-10",
         frm="Jen Thibodeau <jenthibodeau@icloud.com>",
         intent="paid", paid_on="2027-01-18",
         note="Household paid through the online link last night (Monday 18 Jan).",
         body="""Hi! I paid this through your link last night, I got a confirmation email so hopefully it went through on your end. Love the house sign!!

Jen

Sent from my iPhone"""),

    dict(id="s8ena045", country="GB", date="2027-01-18T11:36", fmt="html_gmail", stage="reminder", ago=4,
         inv="PWH-30562", amt="1,890.00", due="2027-01-05",
         frm="Richard Oyelaran <r.oyelaran@hollinsford.ac.uk>",
         intent="contact_change", new_email="finance-ap@hollinsford.ac.uk",
         note="University staff member has changed role; asks that reminders go to the AP mailbox.",
         body="""Hello,

I moved from the Faculty office to a new role in Student Services at the start of January, so I'm no longer the right person for supplier invoices and I don't have access to the finance system any more.

Could you please update your records and send this reminder, and anything else for Hollinsford University, to finance-ap@hollinsford.ac.uk? They'll be able to check where the invoice is.

Many thanks,
Richard

Richard Oyelaran
Student Services Coordinator
Hollinsford University"""),

    dict(id="s8ena046", country="US", date="2027-01-20T19:14", fmt="gmail", stage="firm", ago=2,
         inv="BH-10850", amt="1,975.00", due="2026-11-30",
         frm="Luis Batista <luis@greenlinelandscapingme.com>",
         intent="plan_request",
         note="Landscaper asks to split the balance into two or three payments during the slow season; no dates.",
         body="""Hi,

I know this is way past due and I'm not trying to dodge it. Winter is our dead season, we do some plowing but it doesn't come close to covering the bills, and the truck wraps were a big spend for us.

Is there any way we could split the $1,975 into two or three payments over the next few months? I'd rather set something up with you than keep getting these emails.

Thanks,
Luis Batista
Greenline Landscaping
(207) 555-0109"""),

    dict(id="s8ena047", country="GB", date="2027-01-15T11:09", fmt="tb", stage="reminder", ago=4,
         inv="PWH-30548", amt="532.80", due="2026-12-20",
         frm="Accounts <accounts@thelarchescare.co.uk>",
         intent="other",
         note="Care home asks whether the invoice prices include VAT; a question, no payment statement.",
         body="""Good morning,

Before we process this invoice, could you please confirm whether the prices for the continence waste collections include VAT? The invoice shows a total of £532.80 but no separate VAT line, and our accountant has asked us to check because some of our services are zero-rated and we need to know how to post it.

Many thanks,
Denise Horsfall
Accounts Assistant
The Larches Care Home, Ilkley"""),

    dict(id="s8ena048", country="GB", date="2027-01-21T17:28", fmt="outlook", stage="second_reminder", ago=2,
         inv="PWH-30538", amt="446.00", due="2026-12-10",
         frm="Martin Dewhirst <martin@dewhirstlettings.co.uk>",
         intent="promise",
         note="Letting agent will pay next week once rents are in; no single date.",
         body="""Hi,

Apologies, this one is for the communal washrooms at Albion Mill and the freeholder has been slow to put the service charge money into our client account.

The rents come in at the end of this week, so I'll get it paid next week.

Regards,

Martin Dewhirst
Dewhirst Lettings & Property Management
21 Crossley Street, Halifax HX1 1UG
01422 354 870

Dewhirst Lettings is a member of the Property Ombudsman and a Client Money Protection scheme."""),

    dict(id="s8ena049", country="US", date="2027-01-26T10:40", fmt="html_gmail", stage="reminder", ago=5,
         inv="BH-10842", amt="650.00", due="2026-12-05",
         frm="Abby Lindqvist <abby@morningtidecoffee.com>",
         intent="paid", paid_on="2027-01-26",
         note="Café paid the remaining balance online this morning (after an earlier partial payment).",
         body="""Good morning!

I paid the remaining $650 online with our card this morning - confirmation #7731904. That should bring the invoice to zero, since we already paid $900 back in December when the sandwich boards were delivered.

Could you send a receipt showing the full invoice as paid? Our accountant likes to have it for the file.

Thanks so much,
Abby
Morning Tide Coffee, Kennebunk"""),

    dict(id="s8ena050", country="GB", date="2026-12-16T18:55", fmt="gmail", stage="reminder", ago=2,
         inv="PWH-30503", amt="118.20", due="2026-11-30",
         frm="Sandra Whiteley <sandra@brackenbankbnb.co.uk>",
         intent="promise", promise_date="2026-12-24",
         note="B&B owner will pay on Christmas Eve.",
         body="""Hello,

Sorry for the delay, I'd put the invoice on the kitchen table and it disappeared under the Christmas cards. I'll pay it on Christmas Eve when our last guests of the year settle up.

Best wishes for Christmas,
Sandra
Bracken Bank B&B, Haworth"""),
]
