"""Handwritten debtor replies, part en_b (British and American debtors, and foreign customers of a French firm).

Creditor firms (invented): Delorme Verrerie Scientifique SARL (Lyon, lab glassware), Kestrel Facilities
Services Ltd (Swindon, cleaning and facilities), Bluestem AV Systems LLC (Columbus OH, audio-visual installs).
"""

EXTRA_KNOWN = ["INV-10455"]

CASES = [
    dict(id="s12enb001", country="GB", date="2026-12-10T11:42", fmt="outlook", stage="second_reminder", ago=3,
         inv="KFS-21877", amt="3,126.00", due="2026-11-13",
         frm="Lorraine Hatch <lorraine.hatch@wyvernvale.gov.uk>",
         intent="promise", promise_date="2026-12-17",
         note="Council AP: on the payment run of Thursday 17 December; arrival the next working day is not the promised day.",
         body="""Good morning,

Thank you for your email. I can confirm invoice KFS-21877 has now been approved by the budget holder (Waste & Street Scene) and has been added to our next payment run, which is Thursday 17th December. Funds normally reach the supplier's account the following working day.

Apologies for the delay, the original invoice had been coded to the wrong cost centre and was sitting with Highways.

Kind regards

Lorraine Hatch
Creditor Payments Officer
Finance & Procurement
Wyvern Vale District Council
Tel: 01452 880 316
www.wyvernvale.gov.uk

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Wyvern Vale District Council may monitor email traffic data and content for security and training purposes."""),

    dict(id="s12enb002", country="US", date="2026-12-08T14:20", fmt="html_outlook", stage="reminder", ago=1,
         inv="INV-10466", amt="6,840.00", due="2026-11-30",
         frm="Accounts Payable <ap@millbrook.edu>",
         intent="paid", paid_on="2026-12-04",
         note="University AP: ACH issued 12/04/2026.",
         body="""Hello,

Payment for invoice INV-10466 was issued via ACH on 12/04/2026 in the amount of $6,840.00 (payment reference 0001187352). Please allow 2-3 business days for the funds to post to your account.

If you need a copy of the remittance advice, let us know and we can resend it to the email address on your vendor record.

Thank you,

Denise Kowalczyk
Accounts Payable Specialist | Office of the Controller
Millbrook University
P: 412-555-0147 | ap@millbrook.edu

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s12enb003", country="FR", off="+0000", date="2026-12-18T16:05", fmt="gmail", stage="final_notice", ago=4,
         inv="DV-2026-0712", amt="2 418,60", due="2026-10-30",
         frm="Fiona McAllister <f.mcallister@strathkelvin.ac.uk>",
         intent="promise", promise_date="2027-01-15",
         note="Scottish university lab manager: paid in the first international run after the closure, Friday 15 January. Closure dates are not the promise.",
         body="""Dear Delorme team,

Sorry this has dragged on so long. Our purchasing system wouldn't accept a euro invoice against a sterling PO, so it sat in a queue for weeks without anybody telling me. I've now had the PO amended and Finance have confirmed it will go in their first international payments run after the break, which they tell me is Friday 15 January.

The university is closed from 23 December to 4 January so nothing will move before then, I'm afraid. Please don't pass it to a collection agency, it really is in hand.

Best wishes and happy Christmas,
Fiona

--
Dr Fiona McAllister
Laboratory Manager, School of Chemistry
Strathkelvin University
0141 330 5829"""),

    dict(id="s12enb004", country="GB", date="2026-12-24T10:14", fmt="ooo", stage="reminder", ago=1,
         inv="KFS-21942", amt="1,188.00", due="2026-12-18",
         frm="SBH Accounts Payable <sbh.accountspayable@nhs.net>",
         intent="out_of_office", return_date="2027-01-04",
         note="NHS trust AP closure auto-reply; reopens Monday 4 January 2027.",
         body="""Thank you for your email.

The Accounts Payable office is closed over the Christmas and New Year period from 12:00 on Thursday 24 December 2026. We will reopen on Monday 4 January 2027 and will deal with your query as soon as possible after that date.

Please do not resend invoices during the closure period, as this creates duplicates on our system and may delay payment.

Supplier statements and remittance advices can be viewed on the NHS Supplier Portal.

Severnbridge Hospitals NHS Trust
Finance Department – Accounts Payable"""),

    dict(id="s12enb005", country="US", date="2027-01-12T09:48", fmt="gmail", stage="firm", ago=1,
         inv="INV-10391", amt="14,260.00", due="2026-12-01",
         frm="Greg Tillman <gtillman@stlukesregional.org>",
         intent="dispute",
         note="Refuses to pay until the unfinished installation is completed.",
         body="""This is the third one of these I've gotten so I'm going to say it one more time. The conference room system in the Wilmot Building is NOT finished. The ceiling mics were never tuned, the second display in 3B still has no signal, and your tech told us on 11/18 that somebody would be back "next week" to finish up. Nobody ever came back and nobody returns my calls.

We are not paying $14,260 for a job that's maybe 80% done. Send someone out to finish the punch list and then we can talk about the invoice. Until then please stop sending me automated threats.

Greg Tillman
Facilities Manager
St. Luke's Regional Medical Center
(740) 555-0193"""),

    dict(id="s12enb006", country="GB", date="2026-12-09T08:37", fmt="apple", stage="reminder", ago=1,
         inv="KFS-21803", amt="245.00", due="2026-11-27",
         frm="Tasha Okonjo <hello@cornercupcafe.co.uk>",
         intent="paid", paid_on="2026-12-09",
         note="Café owner paid by bank transfer this morning.",
         body="""Hi, so sorry, completely slipped my mind with everything going on. Just paid it by bank transfer this morning, ref CORNER CUP.

Tasha

Sent from my iPhone"""),

    dict(id="s12enb007", country="FR", loc="US", off="-0500", date="2026-12-11T15:30", fmt="html_outlook", stage="reminder", ago=4,
         inv="DV-2026-0739", amt="5 912,00", due="2026-11-30",
         frm="AP Invoice Processing <ap.invoices@halvorsenbio.com>",
         intent="copy_request",
         note="US biotech AP cannot process without a PO number; asks for a corrected invoice showing the PO.",
         body="""Hello,

We are unable to process invoice DV-2026-0739 as it does not reference a valid Halvorsen purchase order number. Per our supplier terms, all invoices must include a PO number (format 45XXXXXXXX) in order to be matched and paid.

Please contact your requester at Halvorsen to obtain the PO, then resubmit a corrected invoice to ap.invoices@halvorsenbio.com with the PO number shown in the invoice header. Invoices received without a PO will be returned unprocessed.

Please note that our payment terms start from the date we receive a compliant invoice.

Regards,

Priya Raman
Accounts Payable | Halvorsen Biotherapeutics, Inc.
200 Cambridge Park Drive, Cambridge, MA 02140
ap.invoices@halvorsenbio.com"""),

    dict(id="s12enb008", country="GB", date="2027-01-06T13:15", fmt="outlook", stage="reminder", ago=2,
         inv="KFS-22010", amt="860.00", due="2026-12-31",
         frm="Julie Pardoe <jpardoe@hollinsfield.wilts.sch.uk>",
         intent="contact_change", new_email="finance@hollinsfield.wilts.sch.uk",
         note="School business manager leaving; reminders to the finance office from now on.",
         body="""Hello,

Please note I am leaving Hollins Field Primary at the end of this week and this mailbox will be closed. Could you update your records so that all invoices and reminders go to our finance office at finance@hollinsfield.wilts.sch.uk from now on?

I have forwarded this reminder to them so they can pick it up.

Many thanks,
Julie Pardoe
School Business Manager
Hollins Field Primary School
01249 770 415"""),

    dict(id="s12enb009", country="US", date="2026-12-15T19:22", fmt="gmail", stage="firm", ago=5,
         inv="INV-10344", amt="3,975.00", due="2026-10-30",
         frm="Marlene Fisk <treasurer@gracefellowshipwesterville.org>",
         intent="plan_request",
         note="Church treasurer asks to pay in three or four monthly installments; no date or amount committed.",
         body="""Hi there,

I'm the volunteer treasurer at Grace Fellowship, and I owe you an apology for not answering sooner. The sound system install was a big project for us and our year-end giving has come in lower than we budgeted. We do intend to pay every cent.

Would Bluestem be willing to let us pay this off in three or four monthly installments instead of one lump sum? I'd have to take the exact amounts to our finance committee, which doesn't meet again until January, but I wanted to ask before it goes any further.

Thank you for your patience with us,
Marlene Fisk
Treasurer, Grace Fellowship Church"""),

    dict(id="s12enb010", country="GB", date="2026-12-16T10:50", fmt="tb", stage="reminder", ago=2,
         inv="KFS-21899", amt="4,560.00", due="2026-12-04",
         frm="Owen Pritchard <o.pritchard@glanmor.ac.uk>",
         intent="promise",
         note="Will be paid once the Head of Estates signs it off after the new year; no date.",
         body="""Hi,

Thanks for the nudge. This one needs a second signature because it's over the £4k threshold and our Head of Estates is away until the new year. It'll get signed off as soon as she's back and paid after that - I'll chase it myself.

Regards,
Owen

--
Owen Pritchard
Estates Administrator
Glanmor University
01970 628 415"""),

    dict(id="s12enb011", country="US", date="2026-12-16T21:07", fmt="apple", stage="second_reminder", ago=2,
         inv="INV-10412", amt="1,150.00", due="2026-11-20",
         frm="Dwayne Ellis <dwayne.ellis77@gmail.com>",
         intent="promise", promise_date="2026-12-18",
         note="Sent Wednesday 16 December: 'friday' is 18 December.",
         body="""got it. will pay friday

Sent from my iPhone"""),

    dict(id="s12enb012", country="FR", off="+0000", date="2026-12-14T12:02", fmt="outlook", stage="reminder", ago=7,
         inv="DV-2026-0698", amt="1 274,40", due="2026-11-25",
         frm="Creditors Section <creditors@stfintans.ie>",
         intent="paid", paid_on="2026-12-11",
         note="Irish hospital: paid by EFT on 11/12/2026 (day first).",
         body="""Hi,

Please be advised that invoice DV-2026-0698 was paid by EFT on 11/12/2026. The payment should show on your statement as STFINTANS HOSP with our supplier number 40217 as the reference.

Could you check with your bank and let us know if the funds have not been received by the end of this week.

Kind regards,
Aoife Brennan
Creditors Section | Finance Department
St Fintan's University Hospital, Dublin 8
T: +353 1 410 2276"""),

    dict(id="s12enb013", country="GB", date="2027-01-05T09:03", fmt="bounce",
         inv="KFS-22031", rcpt="m.fenwick@oakleighhousing.org.uk", status="5.1.1",
         remote="oakleighhousing-org-uk.mail.protection.outlook.com",
         diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient not found by SMTP address lookup",
         intent="bounce",
         note="Hard bounce: recipient mailbox no longer exists.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
m.fenwick@oakleighhousing.org.uk

The remote server responded: 550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient not found by SMTP address lookup"""),

    dict(id="s12enb014", country="US", date="2026-12-21T09:45", fmt="ooo", subj_prefix="Out of Office: ", stage="reminder", ago=0,
         inv="INV-10479", amt="2,310.00", due="2026-12-15",
         frm="Karen Whitlock <kwhitlock@lakeshorestate.edu>",
         intent="out_of_office", return_date="2027-01-05",
         note="Out 'through Monday, January 4': first day back is Tuesday 5 January.",
         body="""Thank you for your message. I am out of the office through Monday, January 4 with limited access to email. I will respond to your message when I return.

For urgent accounts payable matters, please contact apsupport@lakeshorestate.edu or call 773-555-0120.

Karen Whitlock
Accounts Payable Coordinator
Lakeshore State University"""),

    dict(id="s12enb015", country="GB", date="2027-01-14T15:38", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="KFS-21960", amt="7,380.00", due="2026-12-20",
         frm="Rachel Dunmore <rachel.dunmore@meridianhomes.org.uk>",
         intent="dispute",
         note="Housing association contests the number of visits billed; invoice on hold pending a credit note.",
         body="""Dear Kestrel Accounts,

Invoice KFS-21960 – communal area cleaning, October and November 2026

I am writing to query the above invoice, which we have placed on hold.

The invoice charges for nine weekly visits at each of the six blocks on the Larchfield estate. Under schedule 2 of our contract (ref. MHG/FM/2024/017) the visit frequency at Larchfield was reduced to fortnightly from 1 October, as agreed with your contract manager Steve Gale in September. That should be five visits per block for the period, not nine. Our caretaker's logs also show no visit at Larchfield Court in the week commencing 9 November.

Please could you review this and issue a credit note, or a revised invoice reflecting the agreed frequency. We will process payment promptly once we have a corrected invoice; the current one will remain on hold until then.

Yours sincerely,

Rachel Dunmore
Contracts & Compliance Officer
Meridian Homes Group
Tel: 0117 496 0382 | Mob: 07700 900 418
meridianhomes.org.uk

Meridian Homes Group is a registered society under the Co-operative and Community Benefit Societies Act 2014 (No. 31542R) and a Registered Provider of social housing (No. L4471). Registered office: 3 Temple Quay, Bristol BS1 6DZ."""),

    dict(id="s12enb016", country="US", date="2027-01-06T11:20", fmt="gmail", stage="second_reminder", ago=2,
         inv="INV-10420", amt="2,895.00", due="2026-12-10",
         frm="Tina Morales <tmorales@harwoodlegal.com>",
         subj="Fwd: Re: Second reminder: invoice INV-10420 overdue – Bluestem AV Systems LLC",
         intent="paid", paid_on="2026-12-30",
         note="Assistant forwards the attorney's answer: check #5127 mailed 12/30.",
         body="""Hi,

Forwarding Mr. Harwood's reply below, he asked me to send it on to you. Let me know if you need anything else from our end.

Tina Morales
Legal Assistant to Daniel P. Harwood, Esq.
Harwood & Lisle LLP | 88 E. Broad St., Suite 1200, Columbus, OH 43215
(614) 555-0166

---------- Forwarded message ---------
From: Daniel Harwood <dharwood@harwoodlegal.com>
Date: Tue, Jan 5, 2027 at 6:48 PM
Subject: Re: Second reminder: invoice INV-10420 overdue – Bluestem AV Systems LLC
To: Tina Morales <tmorales@harwoodlegal.com>

Tina - pls let them know we mailed a check for this on 12/30, check #5127. Should be there any day now.

Dan"""),

    dict(id="s12enb017", country="FR", off="+0000", date="2027-01-11T10:40", fmt="outlook", stage="firm", ago=4,
         inv="DV-2026-0781", amt="3 650,00", due="2026-12-04",
         frm="Mark Ellery <mark.ellery@pentlandanalytical.co.uk>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' email; asks the firm to confirm its bank details before paying.",
         body="""Hello,

Before we release payment for DV-2026-0781 I need to check something with you. On 22 December we received an email, apparently from your accounts department, saying Delorme had moved banks and giving a new IBAN (starting FR76 1027 8...). It came from a slightly different address (delorme-verrerie-fr.com), which has made our financial controller nervous.

Can you confirm whether your bank details have actually changed? We would prefer to confirm this by phone with someone we have dealt with before, so if Mme Girard could give me a call that would be ideal. We won't pay to the new account until we've heard from you.

Thanks,
Mark Ellery
Purchase Ledger Supervisor
Pentland Analytical Services Ltd
+44 (0)131 496 0751"""),
]

CASES += [
    dict(id="s12enb018", country="GB", date="2026-12-08T17:55", fmt="gmail", stage="heads_up", ago=1,
         inv="KFS-21915", amt="320.00", due="2026-12-18",
         frm="Phil Garside <philgarside@btinternet.com>",
         intent="unsubscribe",
         note="Annoyed by the pre-due-date reminder; asks to be taken off the automated reminders.",
         body="""The invoice isn't even due yet and you're already chasing me?? I've paid every bill from you lot on time for three years.

Take me off these automated reminders please, I don't want them. If there's ever an actual problem someone can pick up the phone.

Phil Garside"""),

    dict(id="s12enb019", country="US", date="2027-01-07T13:02", fmt="html_gmail", stage="reminder", ago=3,
         inv="INV-10498", amt="1,640.00", due="2026-12-28",
         frm="Jen Albright <office@brightsidefamilydentistry.com>",
         intent="promise", promise_date="2027-01-15",
         note="Goes out with the January 15th check batch; 12/30 is a past run.",
         body="""Hi!

Thanks for the reminder. Dr. Patel signs checks on the 15th and the 30th, so this one will go out with the January 15th batch. Sorry it missed the last one, your invoice came in right after our 12/30 run.

Happy New Year!
Jen

Jen Albright
Office Manager
Brightside Family Dentistry
(614) 555-0137"""),

    dict(id="s12enb020", country="GB", date="2027-01-19T12:10", fmt="outlook", stage="final_notice", ago=6,
         inv="KFS-21712", amt="2,964.00", due="2026-10-31",
         frm="Sam Whitford <sam.whitford@rendleinteriors.co.uk>",
         intent="other",
         note="Debtor company in administration: claim must go to the administrators.",
         body="""Hello,

I'm afraid I'm not able to help with this. Rendle Interiors Ltd went into administration on 8 January and all creditor matters are now being dealt with by the joint administrators, Harcourt Lyle Restructuring LLP. You will need to submit a proof of debt to them - creditors@harcourtlyle.co.uk, quoting ref RIL/0127.

Sorry I can't be more help. It's been a difficult few weeks here.

Sam Whitford
Office Administrator
Rendle Interiors Ltd (In Administration)"""),

    dict(id="s12enb021", country="US", date="2026-12-09T10:05", fmt="outlook", stage="reminder", ago=2,
         inv="INV-10451", amt="9,480.00", due="2026-11-30",
         frm="Vendor Payments <vendorpayments@franklinridgecounty.gov>",
         intent="copy_request",
         note="County has no record of the invoice; needs a copy with the PO, a W-9 and remit-to details before paying. Closure days are not labelled.",
         body="""Good morning,

We have no record of receiving invoice INV-10451 in our Accounts Payable system. In addition, Bluestem AV Systems LLC is not yet set up as an active vendor with the County, which is required before any payment can be issued.

To complete vendor setup and processing, please send the following to vendorpayments@franklinridgecounty.gov:

1. A copy of invoice INV-10451 referencing the County purchase order number
2. A completed and signed IRS Form W-9
3. Confirmation of your remit-to address

Once these are received, processing typically takes 2-3 weeks. Please note County offices are closed December 24-25 and January 1.

Thank you,

Teresa Quinlan
Accounts Payable Clerk II
Franklin Ridge County Auditor's Office
(330) 555-0174"""),

    dict(id="s12enb022", country="FR", date="2026-12-16T09:14", fmt="outlook", stage="reminder", ago=2,
         inv="DV-2026-0744", amt="896,00", due="2026-12-04",
         frm="Financial Services Centre <crediteuren@tu-hogeland.nl>",
         intent="paid", paid_on="2026-12-14",
         note="Dutch university: SEPA transfer on 14.12.2026; the request to send future invoices elsewhere is secondary.",
         body="""Dear Sir/Madam,

Your invoice DV-2026-0744 has been paid on 14.12.2026 by SEPA transfer, amount EUR 896,00, our payment reference 2026-118734. Due to processing time of the bank it can take 1-2 working days before it is visible on your account.

In future please send invoices only to invoices@tu-hogeland.nl in PDF format and state our order number, this will avoid delays.

Kind regards,

Sanne de Vries
Financial Services Centre – Accounts Payable
Hogeland University of Technology
P.O. Box 2140, 9700 AC Groningen, The Netherlands"""),

    dict(id="s12enb023", country="GB", date="2027-01-21T14:46", fmt="gmail", stage="firm", ago=2,
         inv="KFS-21844", amt="2,340.00", due="2026-12-11",
         frm="Colin Baptiste <colin@baptisteproperty.co.uk>",
         intent="paid", paid_on="2027-01-21",
         note="Partial payment of £1,500 made today; the balance only vaguely promised, so the payment is what to record.",
         body="""Hi,

I've paid £1,500.00 off this today by bank transfer, ref FAIRMEAD. The remaining £840 will follow once the service charge money comes in from the leaseholders, which is usually towards the end of the quarter.

Sorry it's in two bits, the block's reserve fund is low after the roof work.

Colin Baptiste
Baptiste Property Management
07700 900 662"""),

    dict(id="s12enb024", country="US", date="2026-12-22T15:30", fmt="apple", stage="reminder", ago=1,
         inv="INV-10487", amt="780.00", due="2026-12-18",
         frm="Beth Hanlon <beth@hanlonstudio.com>",
         intent="promise",
         note="'early January' is a window, no single date.",
         body="""Hi — our bookkeeper is off until after the holidays, so this won't get paid until early January. It's on her list though. Sorry for the wait!

Beth

Beth Hanlon, AIA
Hanlon Studio Architects"""),

    dict(id="s12enb025", country="GB", date="2027-01-08T23:14", fmt="gmail", stage="final_notice", ago=3,
         inv="KFS-21690", amt="1,845.00", due="2026-10-23",
         frm="Marco Ferri <marco@ferrisbistro.co.uk>",
         intent="plan_request",
         note="Restaurant asks to split the debt into monthly payments; no date committed.",
         body="""Hi

Sorry i havent replied to the others. honestly december was terrible for us, we had the kitchen flood and were shut for 10 days right before christmas which is normally our best weeks. I know we owe you for the deep clean and im not trying to dodge it.

Is there anyway we could split it into monthly payments? even 3 or 4 months would really help. Please dont send it to debt collectors, i will sort something out i promise

Marco
Ferri's Bistro"""),

    dict(id="s12enb026", country="US", date="2027-01-13T10:22", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="INV-10503", amt="3,420.00", due="2026-12-31",
         frm="Supplier Inquiries <apinquiries@mercyvalleyhealth.org>",
         intent="dispute",
         note="Duplicate billing: the same services were billed and paid on INV-10455 (the 12/17 payment belongs to that invoice).",
         body="""Good morning,

We have reviewed invoice INV-10503 and it appears to be a duplicate billing. The same services (annual maintenance, PO 7700481, November 2026 service period, $3,420.00) were billed on invoice INV-10455, which was paid on 12/17/2026, check no. 0093318.

We will not be processing INV-10503. Please review your records and void this invoice, or provide documentation showing that it is for separate services.

Thank you,

Lashonda Greene
Accounts Payable Analyst
Mercy Valley Health System
Phone: 937-555-0109
apinquiries@mercyvalleyhealth.org

This message and any attachments may contain confidential and/or privileged information, including protected health information under HIPAA. If you are not the intended recipient, please notify the sender and delete this message."""),

    dict(id="s12enb027", country="FR", loc="US", off="-0500", date="2027-01-13T22:40", fmt="gmail", stage="reminder", ago=5,
         inv="DV-2026-0802", amt="487,50", due="2027-01-04",
         frm="Alan Whitcombe <awhitcombe@chesapeakestate.edu>",
         intent="promise", promise_date="2027-01-18",
         note="US professor (Wed 13 Jan): will pay by card on Monday (1/18).",
         body="""Hello,

Apologies for the delay. Our department card was frozen over the winter break and I've only just got a replacement. I'll pay with the new card through your online link on Monday (1/18) when I'm back in the lab.

Thanks,
Alan Whitcombe
Associate Professor, Department of Chemistry
Chesapeake State University"""),

    dict(id="s12enb028", country="GB", date="2026-12-15T11:30", fmt="outlook", stage="second_reminder", ago=4,
         inv="KFS-21868", amt="1,512.00", due="2026-11-20",
         frm="Hannah Leigh <hannah.leigh@cotswoldedge.org.uk>",
         subj="FW: RE: Second reminder: invoice KFS-21868 overdue – Kestrel Facilities Services Ltd",
         intent="promise", promise_date="2026-12-22",
         note="PA forwards the CFO's note: goes in Tuesday's BACS run (22nd).",
         body="""Good morning,

Please see below from Andrew.

Kind regards,
Hannah

Hannah Leigh
PA to the Chief Financial Officer
Cotswold Edge Academy Trust
01285 640 227

From: Andrew Marsh <andrew.marsh@cotswoldedge.org.uk>
Sent: 14 December 2026 17:52
To: Hannah Leigh <hannah.leigh@cotswoldedge.org.uk>
Subject: RE: Second reminder: invoice KFS-21868 overdue – Kestrel Facilities Services Ltd

Hannah – can you let Kestrel know this is approved and will go in Tuesday's BACS run (22nd). It was waiting on site sign-off from Ashbury.

Thanks
A"""),

    dict(id="s12enb029", country="US", date="2027-01-11T08:05", fmt="apple", stage="second_reminder", ago=3,
         inv="INV-10429", amt="1,960.00", due="2026-12-09",
         frm="Kyle Brandt <kbrandt@brandtmechanical.com>",
         intent="paid", paid_on="2027-01-08",
         note="Paid 1/8 through the portal.",
         body="""Paid 1/8 thru the portal. Thx

-K

Sent from my iPhone"""),

    dict(id="s12enb030", country="GB", date="2027-01-18T14:02", fmt="tb", stage="repeat", ago=4,
         inv="KFS-21933", amt="5,210.00", due="2026-12-18",
         frm="Purchase Ledger <purchase.ledger@northmoor.ac.uk>",
         intent="copy_request",
         note="University has no record of the invoice; asks for a PDF copy quoting a PO number.",
         body="""Dear Sir/Madam,

We have no record of invoice KFS-21933 on our purchase ledger. It may have been sent to an individual member of staff rather than to our central invoice address, in which case it will not have been registered.

Please send a copy of the invoice in PDF format to invoices@northmoor.ac.uk, quoting a valid University purchase order number (these begin with NU4). If you do not have a PO number, please obtain one from the member of staff who placed the order, as we are unable to pay invoices without one.

Regards

Ian Cotterill
Purchase Ledger Team
Finance Directorate
University of Northmoor"""),

    dict(id="s12enb031", country="FR", off="+0000", date="2026-12-10T16:48", fmt="outlook", stage="heads_up", ago=3,
         inv="DV-2026-0760", amt="3 184,00", due="2026-12-20",
         frm="Gareth Lowe <gareth.lowe3@nhs.net>",
         intent="dispute",
         note="Hospital lab: 7 of 24 vessels arrived broken; will not pay until replaced or credited. Delivery dates not labelled.",
         body="""Hello,

Thank you for the reminder, however we will not be paying invoice DV-2026-0760 in its current form.

The consignment (24 x 500 ml jacketed reaction vessels, our PO RWH-PATH-118820) arrived on 30 November with 7 of the vessels cracked or broken. Photographs were sent to your sales contact, M. Bonnet, on 1 December together with the courier's damage report, but we have not had any response.

We need either replacement of the seven damaged vessels or a credit note for their value before the invoice can be approved. Please do not chase this again until that has been resolved.

Regards,
Gareth Lowe
Senior Biomedical Scientist – Clinical Chemistry
Royal Wessex Hospital NHS Foundation Trust
Tel: 01202 448 930 (ext. 5521)"""),

    dict(id="s12enb032", country="US", date="2026-12-28T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="INV-10495", amt="612.00", due="2026-12-21",
         frm="AP Department <accountspayable@riversidepeds.org>",
         intent="out_of_office", return_date="2027-01-04",
         note="Hospital AP holiday closure; reopens Monday, January 4, 2027.",
         body="""Thank you for contacting Riverside Children's Hospital Accounts Payable.

Please note our office is closed from Thursday, December 24 through Friday, January 1 for the holidays. We will reopen on Monday, January 4, 2027. Messages received during this time will be answered in the order they were received.

To check the status of an invoice or payment at any time, please visit our Supplier Portal at https://suppliers.riversidepeds.org.

This is an automated message. Please do not reply."""),

    dict(id="s12enb033", country="GB", date="2027-01-04T15:10", fmt="gmail", stage="second_reminder", ago=4,
         inv="KFS-21905", amt="190.00", due="2026-12-10",
         frm="George Ashworth <g.ashworth@talktalk.net>",
         intent="other",
         note="Customer has died; daughter says bills go to the solicitors handling the estate. Bereavement, not a simple contact change.",
         body="""Hello,

I'm George's daughter. I'm sorry to have to tell you that Dad passed away on 2nd December. I'm going through his emails to let people know.

His estate is being handled by Marsh & Co Solicitors in Chippenham (ref JW/ASH/2273) and any outstanding bills should be sent to them at probate@marshsolicitors.co.uk. I'm afraid I can't pay anything from his accounts myself.

Susan Ashworth"""),

    dict(id="s12enb034", country="US", date="2027-01-15T16:12", fmt="outlook", stage="repeat", ago=3,
         inv=[("INV-10432", "2,150.00", "2026-12-05"), ("INV-10447", "1,780.00", "2026-12-12"), ("INV-10471", "945.00", "2026-12-19")],
         frm="Monica Vega <ap@delmarlogistics.com>",
         intent="promise", promise_date="2027-01-22",
         note="Two of three invoices scheduled for ACH Friday 1/22; the third awaits approval.",
         body="""Hi,

Quick update on the three open items:

INV-10432 and INV-10447 - approved and scheduled for ACH on Friday 1/22.
INV-10471 - still waiting on approval from our facilities director (he's back Monday). I'll let you know once it's through.

Thanks for your patience,

Monica Vega
Accounts Payable | Delmar Logistics Group
4400 Creek Rd, Blue Ash, OH 45242
(513) 555-0128"""),
]

CASES += [
    dict(id="s12enb035", country="GB", date="2027-01-07T11:26", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("KFS-21820", "1,694.40", "2026-11-30"), ("KFS-21851", "1,212.00", "2026-12-07"), ("KFS-21890", "1,212.00", "2026-12-14")],
         frm="Accounts Payable <accounts.payable@harrowgatehotels.co.uk>",
         intent="paid", paid_on="2027-01-05",
         note="Remittance advice: one BACS payment on 05/01/2027 covering all three invoices.",
         body="""Dear Supplier,

REMITTANCE ADVICE

Please be advised that a BACS payment has been made to your account on 05/01/2027.

Payment reference: HGH-PAY-0104
Total amount: £4,118.40

Invoices paid:
KFS-21820    £1,694.40
KFS-21851    £1,212.00
KFS-21890    £1,212.00

Please allow up to 3 working days for funds to clear.

Kind regards,

Deborah Singh
Accounts Payable Assistant
Harrowgate Hotels Group Ltd
Tel: 01423 502 771

Harrowgate Hotels Group Ltd. Registered in England No. 04417290. Registered Office: Crescent House, 12 Parliament Street, Harrogate HG1 2QU. This email is confidential and may be legally privileged."""),

    dict(id="s12enb036", country="FR", off="+0000", date="2027-01-19T09:12", fmt="apple", stage="formal_notice", ago=5,
         inv="DV-2026-0815", amt="342,00", due="2026-11-30",
         frm="Tom Havers <tom@haverslabs.co.uk>",
         intent="paid", paid_on="2027-01-18",
         note="Paid by card through the link 'yesterday evening' (reply Tuesday 19 January).",
         body="""Hi there,

Paid this yesterday evening through the link in your email (card ending 4402). Let me know if it hasn't come through - the payment page timed out once before it worked, so you might see two attempts, but only one went through on our side.

Sorry it took a formal letter to get me moving, your French emails went to our junk folder.

Cheers,
Tom

Tom Havers
Director, Havers Labs Ltd
Babraham Research Campus, Cambridge"""),

    dict(id="s12enb037", country="US", date="2026-12-10T12:48", fmt="gmail", stage="reminder", ago=3,
         inv="INV-10459", amt="11,900.00", due="2026-11-30",
         frm="Carlos Medina <cmedina@summitviewschools.org>",
         intent="contact_change", new_email="accountspayable@summitviewschools.org",
         note="Project lead does not handle payments; invoices and reminders to the district AP office.",
         body="""Hello,

I'm the project lead for the classroom AV refresh but I don't handle payments. Please send invoices and any reminders to our accounts payable office at accountspayable@summitviewschools.org and reference PO 27-00418 so they can match it up. I've forwarded this one to them already.

Thank you,
Carlos Medina
Technology Projects Manager
Summit View Local School District
(330) 555-0191"""),

    dict(id="s12enb038", country="GB", date="2026-12-17T09:52", fmt="outlook", stage="reminder", ago=3,
         inv="KFS-21925", amt="1,036.80", due="2026-12-11",
         frm="Gillian Royle <clerk@lowerbrimpton-pc.gov.uk>",
         intent="bank_details",
         note="Parish council cannot pay by card; asks for the firm's bank details on letterhead. The January meeting is not a date.",
         body="""Dear Sirs,

The Council would like to pay invoice KFS-21925, but the invoice only gives an online payment link and as a parish council we are not able to pay by card. Could you please send me your bank details (account name, sort code and account number) on company letterhead, so that I can set you up as a payee and put the payment to the January meeting for approval.

With thanks,

Gillian Royle
Clerk & RFO
Lower Brimpton Parish Council
01635 299 104"""),

    dict(id="s12enb039", country="US", date="2027-01-20T07:44", fmt="none", stage="reminder", ago=1,
         inv="INV-10512", amt="395.00", due="2027-01-15",
         frm="Walt Dressler <wdressler@dresslerhardware.com>",
         intent="unsubscribe",
         note="Asks to be removed from the reminder list; no payment statement.",
         body="""Take me off this list. I've been buying from you people for 6 years and I pay net 30 like I always have, I don't need a robot emailing me five days after the due date.

UNSUBSCRIBE

Walt Dressler
Dressler Hardware & Supply"""),

    dict(id="s12enb040", country="GB", date="2026-12-21T20:31", fmt="apple", stage="second_reminder", ago=5,
         inv="KFS-21874", amt="285.00", due="2026-11-27",
         frm="Kayleigh Brooks <kayleighbrooks94@hotmail.co.uk>",
         intent="promise", promise_date="2026-12-30",
         note="Household customer: will transfer on payday, the 30th (December).",
         body="""Hiya sorry about this, ive had a nightmare month with the move. I get paid on the 30th so il transfer it then, is that ok? Kayleigh

Sent from my iPhone"""),

    dict(id="s12enb041", country="US", date="2027-01-26T13:40", fmt="html_outlook", stage="final_notice", ago=6,
         inv="INV-10368", amt="8,650.00", due="2026-11-15",
         frm="Lauren Pike <lpike@crossroadstheatre.org>",
         intent="plan_request",
         note="Nonprofit theatre asks for a monthly arrangement ($1,000-1,500) and a hold on collections; no start date.",
         body="""Dear Bluestem team,

I'm writing in response to your final notice regarding invoice INV-10368 for the lighting control upgrade. Please accept my apologies that this has reached this stage without a reply from us.

Our fall season fell well short of projections, and a foundation grant we were counting on in December has been moved to the spring cycle. We are not in a position to pay the full $8,650 at once.

Would you consider a monthly payment arrangement, for example $1,000 to $1,500 per month, until the balance is cleared? I'm happy to get on a call to agree terms that work for both of us, and I'd ask that you hold off on referring the account to collections while we discuss it.

With thanks,

Lauren Pike
Managing Director
Crossroads Community Theatre
(419) 555-0152 | crossroadstheatre.org

Crossroads Community Theatre is a 501(c)(3) nonprofit organization."""),

    dict(id="s12enb042", country="FR", off="+0000", date="2027-01-12T11:05", fmt="outlook", stage="repeat", ago=6,
         inv="DV-2026-0771", amt="2 184,00", due="2026-12-15",
         frm="Niamh Cullinane <niamh.cullinane@corribuniversity.ie>",
         intent="dispute",
         note="Irish university contests the French VAT charged; wants a credit note and a reverse-charge invoice before paying.",
         body="""Hello,

We can't pay DV-2026-0771 as issued. The invoice includes French VAT at 20% (€364,00), but as a VAT-registered entity in Ireland (VAT no. IE 6388047V) this supply should be invoiced without VAT under the intra-Community reverse charge, with both VAT numbers shown on the invoice.

Could you cancel it with a credit note and issue a corrected invoice for €1.820,00 net? We'll pay the corrected invoice as soon as it's on our system.

Many thanks,
Niamh Cullinane
Accounts Payable, Finance Office
Corrib University, Galway
+353 91 495 220"""),

    dict(id="s12enb043", country="GB", date="2026-12-23T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="KFS-21951", amt="648.00", due="2026-12-16",
         frm="Martin Crane <martin.crane@eastlowdon.gov.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="Council officer on leave, returning Tuesday 5th January.",
         body="""Thank you for your email. I am on annual leave and will be returning on Tuesday 5th January. I will not be checking emails during this time.

If your enquiry is urgent please contact the Facilities Management helpdesk on 01632 960 244 or fmhelpdesk@eastlowdon.gov.uk.

Kind regards
Martin Crane
Facilities Manager, East Lowdon Borough Council"""),

    dict(id="s12enb044", country="US", date="2026-12-14T10:07", fmt="html_gmail", stage="reminder", ago=5,
         inv="INV-10468", amt="1,325.00", due="2026-12-04",
         frm="Sophie Lindqvist <sophie@lindqvistevents.com>",
         intent="paid", paid_on="2026-12-11",
         note="Paid by credit card on Friday the 11th; asks for a receipt (secondary).",
         body="""Hi,

I paid this on Friday the 11th with a credit card through your payment page - confirmation number BSA-PMT-88213. The reminder must have crossed with it. Could you send me a receipt once it's processed?

Thanks so much,
Sophie

Sophie Lindqvist
Lindqvist Events & Weddings
(614) 555-0175"""),

    dict(id="s12enb045", country="GB", date="2026-12-29T10:15", fmt="html_outlook", stage="firm", ago=6,
         inv="KFS-21780", amt="6,240.00", due="2026-11-20",
         frm="AP Helpdesk <gahss.apqueries@nhs.net>",
         intent="promise", promise_date="2027-01-08",
         note="NHS shared services: approved and scheduled for the payment run on 08/01/2027 (day first).",
         body="""Dear Supplier,

Thank you for your enquiry regarding invoice KFS-21780 (Thornbury Community Hospital).

We can confirm that the invoice has been matched to purchase order THB/0048812 and approved for payment. It is scheduled to be paid in the payment run on 08/01/2027. Payment will be made by BACS to the bank account held on our supplier record.

Please quote case reference CAS-449182 in any further correspondence about this invoice.

Yours faithfully,

Accounts Payable Team
Gloucestershire & Avon Health Shared Services
On behalf of Thornbury & Vale NHS Trust

This e-mail and any attachments are confidential and intended solely for the named recipient. If you have received it in error, please notify the sender immediately and delete it. NHSmail is a secure service approved for the exchange of sensitive information."""),

    dict(id="s12enb046", country="US", date="2026-12-17T16:33", fmt="gmail", stage="second_reminder", ago=3,
         inv="INV-10438", amt="2,780.00", due="2026-11-25",
         frm="Rick Ostrowski <rick@ostrowskiautogroup.com>",
         intent="other",
         note="Passed to the outside accountant; no commitment or date.",
         body="""I don't handle the bills, my accountant does. Forwarded this to Nancy at Bauer & Co CPA, she'll take care of it or get back to you.

Rick"""),

    dict(id="s12enb047", country="FR", date="2027-01-05T09:01", fmt="ooo", subj_prefix="Autosvar: ", stage="reminder", ago=0,
         inv="DV-2026-0790", amt="1 058,40", due="2026-12-28",
         frm="Lars Ekström <lars.ekstrom@kemi.lundby.se>",
         intent="out_of_office", return_date="2027-01-18",
         note="Swedish researcher on leave until Friday 15 January: first working day back is Monday 18 January.",
         body="""Thank you for your e-mail. I am on parental leave until Friday 15 January 2027 and will not be reading e-mail.

For orders and invoices concerning the Ekström group, please contact our department administrator Maria Holm, maria.holm@kemi.lundby.se.

Best regards,
Lars Ekström
Department of Chemistry, Lundby University"""),

    dict(id="s12enb048", country="GB", date="2027-01-25T10:40", fmt="gmail", stage="reminder", ago=4,
         inv="KFS-22044", amt="1,480.00", due="2027-01-15",
         frm="Priya Shah <priya.shah@shahpharmacies.co.uk>",
         intent="promise",
         note="Will pay 'next week' (no single day); side question about a price increase, not contested.",
         body="""Morning,

Will get this paid next week, we're just waiting for the NHS payments to land.

While I've got you - has the monthly price gone up from January? This invoice is £1,480 and the last few were £1,395. Nobody mentioned an increase. Not a problem if it's the annual uplift, I'd just like it in writing for our records.

Thanks
Priya

Priya Shah MRPharmS
Director, Shah Pharmacies Ltd"""),

    dict(id="s12enb049", country="US", date="2027-01-12T14:55", fmt="tb", stage="second_reminder", ago=1,
         inv="INV-10476", amt="3,060.00", due="2026-12-22",
         frm="Howard Kim <hkim@kimfamilyfarms.com>",
         intent="promise", promise_date="2027-01-31",
         note="Paid in full by the end of the month, January 31 at the latest.",
         body="""Hello,

Winter is our slow season and cash is tight until our co-op payment comes through. I will have this paid in full by the end of the month, January 31 at the latest.

Howard Kim
Kim Family Farms
Marysville, OH"""),

    dict(id="s12enb050", country="GB", date="2027-01-27T18:20", fmt="gmail", stage="reminder", ago=2,
         inv="KFS-22060", amt="372.00", due="2027-01-18",
         frm="Ewan Douglas <ewan.douglas@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer.",
         body="""Hi,

I think you've got the wrong Ewan Douglas. I've never used Kestrel for anything and I don't live anywhere near Swindon. Might be worth checking the email address on your system as I've had a couple of these now.

Ewan"""),
]
