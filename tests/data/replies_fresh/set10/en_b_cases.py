"""Part en_b: handwritten debtor replies (US and GB business customers).
Creditors: Calder Ridge Industrial Services LLC (US, industrial maintenance and contract staffing),
Brightwell Packaging Ltd (GB, packaging supplies)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s10enb001", country="US", date="2026-12-08T10:42", fmt="html_outlook", stage="reminder", ago=1,
         inv="CR-20588", amt="6,412.50", due="2026-11-27",
         frm="Tricia Vogel <ap@midstatestamping.com>",
         intent="promise", promise_date="2026-12-17",
         note="Approved and scheduled for the ACH run on Thursday 12/17; 12/4 is the approval date.",
         body="""Good morning,

Thank you for the reminder. Invoice CR-20588 was matched to PO 4500173926 and approved on 12/4. It is scheduled to go out in our next ACH run on Thursday 12/17.

Please allow 1-2 business days for the funds to post on your end.

Regards,

Tricia Vogel
Accounts Payable Specialist
Mid-State Stamping & Fabrication, Inc.
4410 Industrial Dr. | Fort Wayne, IN 46803
P: 260-555-0193 | F: 260-555-0194
ap@midstatestamping.com

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the use of the addressee(s) and may contain confidential information. If you have received this message in error, please notify the sender and delete it from your system."""),

    dict(id="s10enb002", country="GB", date="2026-12-08T14:17", fmt="outlook", stage="second_reminder", ago=2,
         inv="BP-26-1139", amt="2,146.80", due="2026-11-30",
         frm="Hollis Janet (NDHT) <janet.hollis@ndht.nhs.uk>",
         intent="paid", paid_on="2026-12-04",
         note="NHS trust AP: paid by BACS on 04/12/2026, remittance details given.",
         body="""Good afternoon,

This invoice has been paid. Payment was made by BACS on 04/12/2026 in payment run PR-48812. Remittance details below for your records:

Supplier: Brightwell Packaging Ltd
Supplier no.: 0017734
Invoice: BP-26-1139
Amount: £2,146.80
Payment date: 04/12/2026
Method: BACS

The funds should be with you by now. If you cannot trace the payment please check with your bank before coming back to us, as we are not able to reissue BACS payments.

Kind regards

Janet Hollis
Accounts Payable Officer
Finance Shared Services
North Dales Hospitals NHS Foundation Trust
Tel: 0113 496 0715 (ext. 4418)

This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient please notify the sender and delete it. Any views expressed are those of the individual and not necessarily those of the Trust."""),

    dict(id="s10enb003", country="US", date="2026-12-09T11:05", fmt="outlook", stage="reminder", ago=3,
         inv="CR-20541", amt="3,870.00", due="2026-11-19",
         frm="Kenji Ramos <p2p@wexfordstate.edu>",
         intent="copy_request",
         note="University portal: invoice has no PO and was rejected; asks for a reissued invoice with the PO number.",
         body="""Hello,

We checked and invoice CR-20541 is not in our system. Wexford State can only pay invoices that reference a valid university purchase order and are submitted through the supplier portal (WexBuy). The invoice you sent has no PO number on it, so it was rejected automatically when it came into the AP inbox.

Could you please reissue it with the PO number and upload it to WexBuy? If you don't know the PO, the department that requested the work (I believe it was Facilities - Chiller Plant) should have it, or send me the name of the person who ordered the service and I'll look it up.

Once a corrected invoice comes in through the portal it normally pays within 30 days.

Thanks,
Kenji Ramos
Procure-to-Pay Services | Wexford State University
p2p@wexfordstate.edu | (614) 555-0142"""),

    dict(id="s10enb004", country="GB", date="2026-12-18T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="BP-26-1147", amt="918.00", due="2026-12-02",
         frm="Fiona Marsh <f.marsh@calderbridge.ac.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="Annual leave from 18 December, back in the office Tuesday 5 January 2027.",
         body="""Thank you for your email.

I am on annual leave from Friday 18 December and will be back in the office on Tuesday 5 January 2027. The University is closed over the Christmas period and this mailbox will not be monitored.

For urgent purchase ledger queries please contact the Finance Helpdesk at finance-helpdesk@calderbridge.ac.uk. Supplier payment queries received during the closure will be dealt with in order of receipt when we reopen.

Fiona Marsh
Purchase Ledger Supervisor
Finance Directorate, University of Calderbridge"""),

    dict(id="s10enb005", country="US", date="2026-12-09T21:48", fmt="apple", stage="second_reminder", ago=2,
         inv="CR-20602", amt="1,936.00", due="2026-12-01",
         frm="Rick Delgado <rick@delgadohospitality.com>",
         intent="dispute",
         note="Franchise owner refuses to pay 44 billed hours for a temp who worked 14; wants a corrected bill.",
         body="""I'm not paying this. You billed us 44 hours for the dishwasher you sent over Thanksgiving week and he was there Monday and Tuesday then never showed again. We had to call in our own guy. Your coordinator Brianna knows all about it, I called her on the 27th.

Send me a corrected bill for the hours he actually worked (14 hrs, I have the clock-in records) and I'll pay that same day. Not paying for 44.

Rick Delgado
Owner/Operator - Big Sky Burger #114 & #131

Sent from my iPhone"""),

    dict(id="s10enb006", country="US", date="2026-12-10T08:14", fmt="gmail", stage="reminder", ago=1,
         inv="CR-20617", amt="845.00", due="2026-12-05",
         frm="Dana Whitfield <dana.whitfield.lab@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="Paid by ACH yesterday (reply dated 12/10).",
         body="""Hi - this was paid by ACH yesterday afternoon. Should be in your account today or tomorrow.

Dana
Whitfield Dental Lab LLC"""),

    dict(id="s10enb007", country="GB", date="2026-12-09T15:30", fmt="tb", stage="reminder", ago=2,
         inv="BP-26-1152", amt="3,408.00", due="2026-11-30",
         frm="Graham Pike <graham@pikeandsonsdistribution.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Will put it through on Friday (reply on Wednesday 9 December).",
         body="""Hi there,

Apologies, this one slipped through. Sandra in our office has been off sick and the ledger has got behind. I'll put it through on Friday with the rest of the November suppliers.

Regards
Graham Pike
Director
Pike & Sons Distribution Ltd
Tel 01632 960 447   Mob 07700 900 318"""),

    dict(id="s10enb008", country="US", date="2026-12-11T13:20", fmt="html_gmail", stage="firm", ago=3,
         inv="CR-20499", amt="7,250.00", due="2026-10-30",
         frm="Marcy Oyelaran <moyelaran@tricountyfoodbank.org>",
         intent="plan_request",
         note="Nonprofit asks to pay in three or four monthly installments; explicitly gives no date.",
         body="""Hello,

I'm the finance director at Tri-County Food Bank, and I owe you an apology for not answering the first two reminders. The walk-in freezer repair in October was an emergency and wasn't in our budget, and at this time of year every dollar we have is going into holiday distribution.

We fully intend to pay the $7,250. Would Calder Ridge be willing to let us pay it in installments, maybe three or four monthly payments? We are expecting a reimbursement from a county grant in the first quarter but I can't give you a date for that yet, and I don't want to promise something I can't keep.

Please let me know what would work on your end. You can reach me directly at (330) 555-0177.

Thank you for your patience,

Marcy Oyelaran
Director of Finance & Operations
Tri-County Food Bank
A 501(c)(3) nonprofit organization"""),

    dict(id="s10enb009", country="US", date="2026-12-11T09:52", fmt="outlook", stage="reminder", ago=1,
         inv="CR-20575", amt="2,310.00", due="2026-11-24",
         frm="Pruitt, Alan <alan.pruitt@marlowcounty.gov>",
         intent="other",
         note="County employee says it reached him by mistake and guesses at other departments; no address given, no payment statement.",
         body="""Good morning,

I think this came to me by mistake. I'm with Parks & Recreation and I don't have any record of us ordering work from Calder Ridge. It might be for Fleet Maintenance or the Facilities division, they share the building with us out on Route 9.

I don't have authority to pay invoices anyway, that all goes through the County Auditor's office. Sorry I can't be more help.

Alan Pruitt
Parks Maintenance Supervisor
Marlow County Parks & Recreation
(740) 555-0129

Correspondence sent to or from this address may be subject to public records disclosure under Ohio law."""),

    dict(id="s10enb010", country="GB", date="2026-12-14T10:11", fmt="gmail", stage="reminder", ago=3,
         inv="BP-26-1160", amt="486.30", due="2026-12-04",
         frm="Sophie Allard <sophie.allard@hartleyweston.co.uk>",
         intent="contact_change", new_email="purchaseledger@hartleyweston.co.uk",
         note="Asks for invoices and reminders to go to the purchase ledger inbox instead.",
         body="""Hi,

Could you please update your records so that invoices and reminders for Hartley Weston go to our accounts inbox, purchaseledger@hartleyweston.co.uk, rather than to me? I've moved over to the audit team and only saw this by chance. I've forwarded your email to them so they can pick up the invoice.

Thanks
Sophie

--
Sophie Allard
Hartley Weston LLP, Chartered Accountants
Hartley Weston LLP is a limited liability partnership registered in England and Wales, number OC384215. Registered office: 22 Castle Street, Shrewsbury SY1 2BQ. A list of members is available at the registered office."""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s10enb011", country="US", date="2026-12-15T14:40", fmt="gmail", stage="second_reminder", ago=4,
         inv="CR-20533", amt="12,480.00", due="2026-11-15",
         frm="Linda Haskins <lhaskins@westfieldlocalschools.org>",
         intent="promise",
         note="School district: needs Board approval, will be paid after the first meeting after the holidays, 'sometime in January'; no single day.",
         body="""Good afternoon,

I apologize for the delay on this one. Because the invoice is over $10,000 it has to go on the Board's list of bills for approval, and the December board meeting was moved because of the snow day. Nothing over the limit can be released until the Board acts on it.

The way it looks now it will be approved at the first meeting after the holidays and paid in the check run right after that, so sometime in January. I'll let you know if anything changes.

Linda Haskins
Treasurer's Office / Accounts Payable
Westfield Local School District
2200 State Route 43, Westfield, OH
Phone 330-555-0158 ext. 2104"""),

    dict(id="s10enb012", country="US", date="2026-12-21T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="CR-20611", amt="4,125.00", due="2026-12-04",
         frm="Gloria Patel <gpatel@stlukesregional.org>",
         intent="out_of_office", return_date="2026-12-30",
         note="Out through Tuesday, December 29: first day back is Wednesday 12/30.",
         body="""I am out of the office through Tuesday, December 29, with no access to email. I will respond to your message when I return.

For invoice status, please call the Supplier Inquiry line at (513) 555-0186 or email apinquiries@stlukesregional.org and include your vendor number and invoice number.

Thank you,
Gloria Patel
Accounts Payable Coordinator
St. Luke's Regional Medical Center"""),

    dict(id="s10enb013", country="GB", date="2026-12-15T11:27", fmt="outlook", stage="second_reminder", ago=1,
         inv="BP-26-1128", amt="5,932.80", due="2026-11-28",
         frm="Andrew Kettle <a.kettle@fenwickcomponents.co.uk>",
         intent="dispute",
         note="Wrong board grade delivered, three pallets rejected; withholding payment until collection and credit note.",
         body="""Good morning,

We are withholding payment on BP-26-1128. As I explained to Mark on the phone on 19 November, the order was for 2,000 double wall RSC cartons, 610 x 457 x 457, and what arrived was single wall. Three of the five pallets were rejected at goods-in and are still sitting in our yard waiting for you to collect them.

We're happy to pay for the two pallets we have used, but not the full invoice. Please arrange collection of the rejected stock and issue a credit note for the balance, and we'll pay the adjusted amount straight away.

Regards,

Andrew Kettle
Purchasing Manager
Fenwick Components Ltd
Tel: 01632 960 812

Fenwick Components Ltd. Registered in England No. 04158823. Registered office: Brook Lane, Burton-on-Trent DE14 3RP"""),

    dict(id="s10enb014", country="US", date="2026-12-14T16:05", fmt="gmail", stage="firm", ago=4,
         inv="CR-20472", amt="5,600.00", due="2026-10-31",
         frm="Jim Kowalczyk <jim@kowalczykmachine.com>",
         intent="paid", paid_on="2026-12-11",
         note="Partial payment: $2,500 check mailed Friday 12/11; balance only hoped for, no firm date.",
         body="""Hi,

Mailed you a check on Friday (12/11) for $2,500, check #10488, as a partial payment on this invoice. Things are tight right now with two of our customers paying us late, but I'll get you the rest as soon as they catch up. Hopefully before the end of January.

Thanks for working with us,
Jim Kowalczyk
Kowalczyk Machine & Tool
(419) 555-0163"""),

    dict(id="s10enb015", country="US", date="2026-12-14T11:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="CR-20560", amt="3,215.00", due="2026-11-21",
         frm="Becky Tran <btran@harmonfiske.com>",
         intent="promise", promise_date="2026-12-22",
         note="Assistant forwards the partner's answer: paid on the 22nd (the 21st is when the account is funded).",
         body="""Hi,

Please see Mr. Harmon's reply below. Let me know if you need anything else from our end.

Becky Tran
Legal Assistant to Douglas P. Harmon
Harmon & Fiske, LLP
(216) 555-0107

-----Original Message-----
From: Douglas Harmon
Sent: Monday, December 14, 2026 10:58 AM
To: Becky Tran
Subject: RE: Calder Ridge invoice

Becky - tell them it'll be paid on the 22nd. The operating account gets its transfer on the 21st and I'll sign checks the next morning.

DPH

This message may contain information that is privileged or confidential and is intended only for the named recipient. If you are not the intended recipient, please notify the sender immediately and delete this message."""),

    dict(id="s10enb016", country="GB", date="2026-12-16T10:48", fmt="html_outlook", stage="reminder", ago=2,
         inv="BP-26-1171", amt="1,072.44", due="2026-12-10",
         frm="Creditor Payments <creditor.payments@northamshire.gov.uk>",
         intent="bank_details",
         note="Council received a letter changing the supplier's bank account; asks for telephone confirmation before paying.",
         body="""Dear Brightwell Packaging,

Thank you for your reminder. Before we can release payment for BP-26-1171 we need to resolve a query about your bank details.

On 3 December we received a letter on Brightwell headed paper asking us to change your payment account to a new sort code and account number with a different bank. In line with the Council's fraud prevention procedures we have not actioned this change, and we have been unable to reach anyone on the telephone number given in the letter.

Could you please confirm whether your bank details have changed? Please do not send new details by email. A member of your finance team should call the Creditor Payments team on 01632 960 274 so that we can verify the change with a known contact.

Once this is resolved the invoice will be paid in the next available payment run.

Yours sincerely

Priya Desai
Creditor Payments Officer
Finance & Resources
Northamshire County Council

This email and any attachments are intended for the named recipient only. Northamshire County Council may monitor email traffic to ensure compliance with its policies."""),

    dict(id="s10enb017", country="US", date="2026-12-16T19:22", fmt="gmail", stage="reminder", ago=1,
         inv="CR-20629", amt="390.00", due="2026-12-12",
         frm="Tom Braddock <tbraddock.fitzone@gmail.com>",
         intent="unsubscribe",
         note="Wants the automated emails stopped; pays from the paper invoice (no date, no claim of payment).",
         body="""Please take me off these automated emails. I get the paper invoice in the mail every month and I pay from that, same as I have for four years. I don't need 3 emails a week on top of it.

Tom Braddock
FitZone 24 - Springboro"""),

    dict(id="s10enb018", country="US", date="2026-12-17T09:34", fmt="bounce",
         inv="CR-20595", rcpt="accountspayable@brennerlogistics.com", status="5.2.2",
         remote="mx1.brennerlogistics.com",
         diag="552 5.2.2 <accountspayable@brennerlogistics.com>: Mailbox full - user quota exceeded",
         intent="bounce",
         note="Delivery failure: recipient mailbox full.",
         body="""This is the mail system at host a48-112.smtp-out.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

<accountspayable@brennerlogistics.com>: host mx1.brennerlogistics.com said:
    552 5.2.2 <accountspayable@brennerlogistics.com>: Mailbox full - user
    quota exceeded (in reply to RCPT TO command)"""),

    dict(id="s10enb019", country="GB", date="2026-12-16T12:05", fmt="gmail", stage="reminder", ago=2,
         inv="BP-26-1165", amt="214.50", due="2026-12-07",
         frm="Margaret Iles <treasurer@sandfordfoodcupboard.org.uk>",
         intent="paid", paid_on="2026-12-14",
         note="Charity treasurer posted a cheque on Monday (reply on Wednesday 16 December).",
         body="""Dear Sir/Madam

I sent a cheque for £214.50 in the post on Monday, made out to Brightwell Packaging Ltd, so it should reach you any day now. I'm afraid we still pay by cheque as two trustees have to sign.

Our reference is written on the back: SFC/0412.

With best wishes
Margaret Iles
Hon. Treasurer, Sandford Community Food Cupboard
Registered charity no. 1158842"""),

    dict(id="s10enb020", country="US", date="2026-12-16T17:48", fmt="apple", stage="second_reminder", ago=2,
         inv="CR-20590", amt="1,480.00", due="2026-11-30",
         frm="Luis Ochoa <luis@ochoaautobody.com>",
         intent="promise", promise_date="2026-12-18",
         note="Phone-typed: will pay Friday (reply on Wednesday 12/16).",
         body="""got it. ill pay friday when the insurance check clears, sorry for the wait

luis

Sent from my iPhone"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s10enb021", country="GB", date="2026-12-23T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="BP-26-1176", amt="762.00", due="2026-12-15",
         frm="Helen Crossley <helen.crossley@marchbanklaw.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Law firm closed for Christmas from 23 December, reopens Monday 4 January 2027.",
         body="""Thank you for your message. Our offices close for the Christmas break at 12.30pm on Wednesday 23 December and reopen at 9am on Monday 4 January 2027.

I will reply to your email on my return. If your matter is urgent please call 01632 960 533 and leave a message; the voicemail is checked daily.

Helen Crossley
Practice Accounts Manager
Marchbank Solicitors LLP

Marchbank Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA number 618203)."""),

    dict(id="s10enb022", country="US", date="2026-12-22T13:55", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="CR-20548", amt="9,860.00", due="2026-11-20",
         frm="Shonda Reeves <sreeves@mercyvalleyhealth.org>",
         intent="copy_request",
         note="Hospital AP has no record of the invoice and no vendor setup; asks for a copy of the invoice, a W-9 and an enrollment form.",
         body="""Hello,

I searched our system by vendor name and invoice number and I am not finding CR-20548 anywhere. It also looks like Calder Ridge isn't set up as an active vendor with us yet, which would explain why it never got entered.

To get you paid I will need:
1. A copy of the invoice (PDF) showing the PO number, or the name of the department contact who ordered the service
2. A completed and signed W-9
3. Our ACH enrollment form, filled out (attached)

Please send everything to vendorsetup@mercyvalleyhealth.org and copy me. Once vendor setup is complete the invoice can be entered and paid on our standard Net 45 terms.

Thank you,
Shonda Reeves
Accounts Payable Analyst | Mercy Valley Health System
P (937) 555-0121 | F (937) 555-0122"""),

    dict(id="s10enb023", country="US", date="2026-12-22T10:15", fmt="tb", stage="reminder", ago=2,
         inv="CR-20620", amt="6,080.00", due="2026-12-11",
         frm="Greg Lindqvist <lindqvist.14@ohiovalley.edu>",
         intent="dispute",
         note="University lab: billed $95/hr against a contract rate of $82/hr; asks for a corrected invoice before payment.",
         body="""Hello,

I'm the lab manager for the Materials Characterization Facility and I was asked to look at this before our business office pays it.

The invoice bills 64 hours of technician time at $95/hr. Our service agreement with Calder Ridge (SA-2025-117, signed last March) sets the on-site technician rate at $82/hr for scheduled maintenance, and the fume hood recertification in November was scheduled work, not an emergency call. At $82 the labor comes to $5,248, not $6,080.

Can you send a corrected invoice at the contract rate? Our business office won't release payment on an invoice that doesn't match the agreement.

Thanks,
Greg Lindqvist
Lab Manager, Materials Characterization Facility
Ohio Valley University
614-555-0199"""),

    dict(id="s10enb024", country="US", date="2026-12-21T15:10", fmt="html_outlook", stage="reminder", ago=3,
         inv=[("CR-20566", "2,145.00", "2026-11-25"), ("CR-20581", "3,390.75", "2026-12-02"), ("CR-20603", "1,012.40", "2026-12-09")],
         frm="Accounts Payable <accounts.payable@lakeshorecontainer.com>",
         intent="paid", paid_on="2026-12-18",
         note="Remittance advice: all three invoices paid by ACH in the 12/18/2026 payment run; invoice dates are not labels.",
         body="""Hello,

All three invoices in your reminder were included in our 12/18 payment run. Remittance advice below.

REMITTANCE ADVICE
Payer: Lakeshore Container Corp.
Payee: Calder Ridge Industrial Services LLC
Vendor ID: V-004471
Payment #: 0004512
Payment date: 12/18/2026
Payment method: ACH

Invoice #     Invoice date    Amount
CR-20566      10/26/2026      $2,145.00
CR-20581      11/02/2026      $3,390.75
CR-20603      11/09/2026      $1,012.40
Total paid:                   $6,548.15

Please allow 2-3 business days from the payment date for funds to appear.

Accounts Payable
Lakeshore Container Corp.
Toledo, OH"""),

    dict(id="s10enb025", country="GB", date="2026-12-22T11:40", fmt="outlook", stage="second_reminder", ago=1,
         inv="BP-26-1144", amt="2,680.00", due="2026-11-26",
         frm="Accounts Payable - Fenbridge City Council <ap@fenbridge.gov.uk>",
         intent="promise", promise_date="2027-01-07",
         note="Scheduled in the BACS run of Thursday 7 January 2027; the closure dates are not labels.",
         body="""Dear Sir or Madam,

Thank you for your email regarding invoice BP-26-1144.

The invoice has now been approved by the budget holder and is scheduled for payment in the Council's BACS run of Thursday 7 January 2027. Please note that there are no payment runs between 23 December and 6 January owing to the Christmas closure.

Payment will be made to the bank account held on our supplier record. Please quote our supplier reference 300874 in any further correspondence.

Yours faithfully

Accounts Payable Team
Fenbridge City Council
Civic Centre, Fenbridge"""),

    dict(id="s10enb026", country="US", date="2026-12-28T14:02", fmt="apple", stage="firm", ago=4,
         inv="CR-20521", amt="2,980.00", due="2026-11-10",
         frm="Angela Russo <angela@russosubsmason.com>",
         intent="plan_request",
         note="Franchisee asks to split the bill into monthly payments of a few hundred dollars; no date.",
         body="""Hi, this is Angela at the Mason location. I know this is overdue and I'm sorry. The hood cleaning and the walk-in compressor repair landed in the same month, and December was way slower than we planned with the road construction out front.

Is there any way I could split this up into monthly payments? I can do a few hundred a month for now, more once spring picks up. Just tell me what you need from me to set that up.

Thanks,
Angela Russo
Russo's Subs - Mason (franchisee)

Sent from my iPad"""),

    dict(id="s10enb027", country="US", date="2026-12-29T10:20", fmt="outlook", stage="repeat", ago=6,
         inv=[("CR-20417", "8,940.00", "2026-10-15"), ("CR-20462", "4,275.00", "2026-10-29")],
         frm="Mark Ostrowski <controller@granvillepolymers.com>",
         intent="other",
         note="Chapter 11 notice: automatic stay, pre-petition invoices cannot be paid; neither promise nor dispute.",
         body="""To our vendors:

Please be advised that on December 2, 2026, Granville Polymers, Inc. and its affiliated debtors filed voluntary petitions for relief under Chapter 11 of the United States Bankruptcy Code in the U.S. Bankruptcy Court for the District of Delaware.

As a result, the automatic stay under Section 362 of the Bankruptcy Code is in effect. We are not permitted to pay invoices for goods or services provided before the petition date except as authorized by the Court, and collection activity on those amounts, including payment demands such as this one, must stop.

If you believe you hold a claim, information about filing a proof of claim is available from our claims agent at www.granvillerestructuring.com or by calling (888) 555-0134. Invoices for goods and services delivered after December 2 will be paid in the ordinary course of business.

Sincerely,

Mark Ostrowski
Corporate Controller
Granville Polymers, Inc."""),

    dict(id="s10enb028", country="GB", date="2027-01-05T10:34", fmt="gmail", stage="second_reminder", ago=1,
         inv=[("BP-26-1158", "1,386.00", "2026-12-03"), ("BP-26-1180", "594.60", "2026-12-17")],
         frm="Kirsty Mowbray <kirsty@mowbraygifts.co.uk>",
         intent="paid", paid_on="2027-01-05",
         note="Both invoices paid this morning by Faster Payment in one transfer.",
         body="""Morning,

Both paid this morning by faster payment, £1,980.60 in one go. I've put both invoice numbers in the reference so hopefully your accounts can match it up.

Happy new year!
Kirsty

Mowbray Gifts & Hampers
07700 900 562"""),

    dict(id="s10enb029", country="US", date="2027-01-06T09:50", fmt="outlook", stage="second_reminder", ago=2,
         inv="CR-20639", amt="2,440.00", due="2026-12-18",
         frm="Raymond Fisk <rfisk@fiskdistributing.com>",
         intent="promise", promise_date="2027-01-15",
         note="Promise by 1/15 comes first; also asks that invoices go to payables@fiskdistributing.com (secondary).",
         body="""Good morning,

We'll have this paid by 1/15. It came in right before our year-end close and got held.

Also, going forward please send invoices and statements to payables@fiskdistributing.com instead of to me directly. Our AP person (Carla) works out of that mailbox and it'll get handled a lot faster.

Thanks,
Ray Fisk
Operations Manager
Fisk Distributing Co. | Columbus, OH
Office 614-555-0175"""),

    dict(id="s10enb030", country="GB", date="2027-01-06T15:12", fmt="tb", stage="reminder", ago=1,
         inv="BP-26-1183", amt="318.00", due="2026-12-21",
         frm="Neil Baptiste <neil@baptistebrewing.co.uk>",
         intent="unsubscribe",
         note="Asks to stop the automated reminders to this address; no payment date or claim.",
         body="""Hello,

Can you please stop sending these automated reminders to this address? We settle all supplier accounts through Xero on our own payment cycle and your invoices are already in there. Getting chased by a robot every few days isn't helping anyone.

If you need to get hold of us about the account, a phone call to the brewery is fine.

Neil Baptiste
Baptiste Brewing Co.
01632 960 919"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s10enb031", country="US", date="2026-12-23T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="CR-20644", amt="1,150.00", due="2026-12-16",
         frm="Business Office <businessoffice@pinegroveisd.org>",
         intent="out_of_office", return_date="2027-01-04",
         note="School district closed for winter break 12/23 through 1/3; reopens Monday, January 4.",
         body="""Thank you for contacting the Pine Grove ISD Business Office.

District offices are closed for Winter Break from December 23, 2026 through January 3, 2027, and reopen on Monday, January 4. Accounts payable inquiries will be answered in the order they were received once staff return.

Vendors: checks are issued every other Thursday. Please do not resend invoices during the break, as duplicates slow down processing.

Pine Grove Independent School District
Business Services Department"""),

    dict(id="s10enb032", country="US", date="2026-12-30T13:15", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="CR-20556", amt="18,725.00", due="2026-11-30",
         frm="Deborah Kline <dkline@ashcountyauditor.gov>",
         intent="promise", promise_date="2027-01-08",
         note="County approved the payment; the check will be cut and mailed on January 8.",
         body="""Hello,

Your invoice was on the agenda for the Board of Commissioners meeting this morning and the payment was approved. The Auditor's office prints warrants on Fridays, so the check will be cut on January 8 and mailed the same day to the remit-to address on your W-9.

We can't issue anything earlier than that because of the year-end close. Thank you for your patience.

Deborah Kline
Accounts Payable Clerk
Ash County Auditor's Office
(419) 555-0152"""),

    dict(id="s10enb033", country="GB", date="2027-01-07T14:48", fmt="html_outlook", stage="reminder", ago=2,
         inv="BP-26-1186", amt="1,690.00", due="2026-12-28",
         frm="Oliver Brandt <oliver@northcoastcoffee.co.uk>",
         intent="dispute",
         note="Short delivery: invoiced 5,000 mailers, received 4,200; wants a revised invoice or credit note before paying.",
         body="""Hi,

I need to query this invoice before we pay it. We were invoiced for 5,000 printed kraft mailer boxes but the delivery on 16 December was 4,200. I've checked the delivery note (signed by our warehouse as 21 cartons of 200, not 25) and we counted them again this morning.

We're happy to pay for the 4,200 we received, or for the full 5,000 if the other 800 are still on their way, but I'm not paying for boxes we haven't got. Can you let me know which it is and send a revised invoice or a credit note?

Cheers,
Oliver Brandt
Operations Lead
North Coast Coffee Roasters Ltd
Unit 3, Quayside Works, Whitby YO21 1DH
01632 960 661"""),

    dict(id="s10enb034", country="US", date="2027-01-04T11:25", fmt="gmail", stage="repeat", ago=4,
         inv="CR-20584", amt="760.00", due="2026-11-28",
         frm="Carol Ann Whitaker <cwhitaker@whitakermosscpa.com>",
         intent="paid", paid_on="2026-12-28",
         note="Accounting firm mailed check #2231 on 12/28.",
         body="""Hello,

We mailed check #2231 for $760.00 on 12/28 to the address on your invoice (2150 Mercer Industrial Pkwy). With the holiday mail it may take a few extra days. If it hasn't arrived by the end of next week please let me know and I'll stop payment and reissue.

Thank you,

Carol Ann Whitaker, CPA
Whitaker & Moss CPAs, PLLC
1820 Brookside Ave, Suite 200
Kettering, OH 45429
Tel 937-555-0116

CONFIDENTIALITY: This email and any attachments may contain confidential tax or financial information intended only for the addressee. If you received it in error, please notify us and delete it."""),

    dict(id="s10enb035", country="GB", date="2027-01-08T16:40", fmt="apple", stage="reminder", ago=3,
         inv="BP-26-1190", amt="426.00", due="2026-12-30",
         frm="Sam Okafor <sam@okaforflorals.co.uk>",
         intent="other",
         note="Passed to the bookkeeper; no payment statement and no request to change the reminder address.",
         body="""Hi, I've passed this on to our bookkeeper Jill, she looks after all the supplier payments for us now. She'll be in touch if she needs anything.

Sam

Sent from my iPhone"""),

    dict(id="s10enb036", country="GB", date="2027-01-11T10:05", fmt="gmail", stage="firm", ago=3,
         inv=[("BP-26-1132", "2,204.00", "2026-11-20"), ("BP-26-1167", "1,478.40", "2026-12-08")],
         frm="Dean Harwood <dean@harwoodprintfinishing.co.uk>",
         intent="plan_request",
         note="Lost a major customer; asks to clear both invoices in instalments over three or four months.",
         body="""Hi,

I'll be straight with you. We lost our biggest customer in November and cash flow has been very tight since. I'm not going to pretend I can clear both of these in one go at the moment.

Would you accept instalments? Something like paying off the total over three or four months. I'd rather agree something with you now than keep ignoring the emails.

Best regards
Dean Harwood
Managing Director
Harwood Print Finishing Ltd
Tel 01632 960 208"""),

    dict(id="s10enb037", country="US", date="2027-01-11T14:22", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="CR-20652", amt="4,980.00", due="2026-12-24",
         frm="Paula Jennings <pjennings@brightonmfg.com>",
         intent="bank_details",
         note="Received a suspicious change-of-bank email from a look-alike domain; asks to confirm bank details by phone, holds payment.",
         body="""Hi,

Before we pay this I need to check something with you. On Friday we got an email that looked like it came from your billing department, saying Calder Ridge had switched banks and asking us to send all future payments to a new account at a different bank. The sender was billing@calder-ridge-services.com, which is not the address your invoices come from, so I didn't act on it.

Can you confirm your remit-to bank details are unchanged? I'd prefer someone call me at the number below rather than send account numbers by email. We'll hold this payment until we hear from you.

Paula Jennings
Accounts Payable Manager
Brighton Manufacturing Co.
Direct: (937) 555-0133"""),

    dict(id="s10enb038", country="GB", date="2027-01-13T08:52", fmt="outlook", stage="reminder", ago=1,
         inv="BP-26-1192", amt="873.60", due="2027-01-06",
         frm="Rachel Dunmore <rachel.dunmore@greenacrevets.co.uk>",
         intent="promise",
         note="Will be paid 'sometime next week'; a window, no single day.",
         body="""Morning,

Sorry, the practice manager has been off and I've only just got access to the payments system. This will be paid sometime next week along with the rest of our December invoices.

Kind regards
Rachel
Reception & Admin
Greenacre Veterinary Centre"""),

    dict(id="s10enb039", country="GB", date="2027-01-13T12:30", fmt="gmail", stage="second_reminder", ago=2,
         inv="BP-26-1175", amt="1,245.00", due="2026-12-14",
         frm="Tariq Hussain <t.hussain@midlandfoodservice.co.uk>",
         intent="copy_request",
         note="Cannot find the invoice or a matching PO; asks for a copy of the invoice and the signed POD.",
         body="""Hi,

I can't find BP-26-1175 anywhere on our system and it doesn't match any of the POs I've got open for you. Could you email over a copy of the invoice with the signed POD so I can get it approved? We can't pay anything without a PO match.

Our POs with you normally start 45- so if you have one for this it would help.

Thanks
Tariq Hussain
Purchase Ledger
Midland Foodservice Distribution Ltd"""),

    dict(id="s10enb040", country="US", date="2027-01-08T10:18", fmt="gmail", stage="second_reminder", ago=3,
         inv="CR-20631", amt="2,075.00", due="2026-12-14",
         frm="Nicole Barros <nicole@summitridgepm.com>",
         intent="paid", paid_on="2027-01-06",
         note="Paid through Bill.com on Wednesday (1/6); funds take 3-5 business days.",
         body="""Hi there,

This was paid through Bill.com on Wednesday (1/6). It goes out as an ePayment so it usually takes 3-5 business days to land. You should've gotten an email notification from Bill.com with the payment details - check your spam folder if you don't see it.

Nicole Barros
Office Manager
Summit Ridge Property Management
(513) 555-0140"""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s10enb041", country="US", date="2027-01-05T09:32", fmt="ooo", stage="reminder", ago=0,
         inv="CR-20648", amt="3,560.00", due="2026-12-21",
         frm="Kevin Albright <kalbright@tristatebottling.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="On a plant visit through Friday 1/8, back Monday 1/11.",
         body="""Hi,

I'm out of the office on a plant visit through Friday, 1/8, with limited access to email. I'll be back Monday 1/11.

For AP questions in the meantime please contact Joanne Suarez at jsuarez@tristatebottling.com or (859) 555-0190.

Thanks,
Kevin"""),

    dict(id="s10enb042", country="GB", date="2027-01-12T19:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="BP-26-1188", amt="642.00", due="2026-12-31",
         frm="Jason Pryce <jasonpryce.joinery@gmail.com>",
         intent="promise", promise_date="2027-01-29",
         note="Casual: will pay on the 29th when the main contractor pays him (reply on 12 January).",
         body="""hiya, sorry mate i know its late. we get paid by the main contractor on the 29th so ill sort it that day, wont be any later than that

cheers
Jason
Pryce Joinery"""),

    dict(id="s10enb043", country="US", date="2027-01-14T11:45", fmt="outlook", stage="reminder", ago=2,
         inv="CR-20661", amt="2,890.00", due="2027-01-04",
         frm="Tony Marchetti <fm.admin@riverbendhospital.org>",
         intent="dispute",
         note="Hospital facilities says the emergency pump repair is covered by the maintenance agreement; asks to void the invoice, AP on hold.",
         body="""Good morning,

AP forwarded me this reminder. We are disputing invoice CR-20661. The emergency call on 12/3 for the boiler feed pump at the main campus falls under our Preventive Maintenance & Repair Agreement with Calder Ridge, which covers parts and labor on all listed equipment (pump P-2 is on Schedule A). We should not be getting a separate bill for it.

Please void the invoice or explain in writing why you believe it isn't covered. I've asked AP to put it on hold in the meantime.

Tony Marchetti
Director of Facilities & Plant Operations
Riverbend Community Hospital
(606) 555-0171"""),

    dict(id="s10enb044", country="US", date="2027-01-15T08:30", fmt="outlook", stage="reminder", ago=3, fresh=True, to="billing@calderridge.com",
         subj="Updated AP contact - Hollister Foods",
         inv="CR-20657", amt="1,720.00", due="2026-12-29",
         frm="Dwayne Carter <dcarter@hollisterfoods.com>",
         intent="contact_change", new_email="ap.invoices@hollisterfoods.com",
         note="New mail: former AP contact retired; send invoices and reminders to ap.invoices@. 'In our approval queue' is not a promise.",
         body="""Hello,

Marianne Kessler, who was your contact in our accounts payable department, retired at the end of December. Your reminders are still going to her old mailbox, which is being forwarded to me for now but will be shut off at the end of the month.

Please update your records and send all invoices, statements and payment reminders to ap.invoices@hollisterfoods.com going forward. I've already pulled invoice CR-20657 and it's in our approval queue.

Thank you,
Dwayne Carter
AP Supervisor
Hollister Foods, Inc.
(614) 555-0126"""),

    dict(id="s10enb045", country="US", date="2027-01-19T15:20", fmt="html_outlook", stage="final_notice", ago=4,
         inv="CR-20508", amt="14,300.00", due="2026-11-05",
         frm="Sarah Pennington <osp-accounting@lakeridgeu.edu>",
         intent="promise", promise_date="2027-01-20",
         note="Formal university reply: ACH to be issued on January 20, 2027; January 15 is the letter's date.",
         body="""Dear Calder Ridge Billing Team,

Thank you for your letter of January 15 regarding invoice CR-20508 for contract technician services provided to the Department of Environmental Engineering under subaward LRU-26-0447.

I want to acknowledge that this invoice has been outstanding far longer than it should have been, and I apologize on behalf of the University. Because the charges were billed to a federally sponsored project, the invoice required review of the supporting timesheets by the principal investigator and by our office before it could be charged to the grant. That review was delayed over the semester break and was only completed yesterday.

The payment has now been approved and released to Disbursement Services. I have been advised that it will be issued by ACH on January 20, 2027, to the account on file in our vendor master. Please allow one to two business days for the funds to post.

Given that payment is now imminent, I would ask that this matter not be referred for collection. If you have any questions, please contact me directly.

Sincerely,

Sarah Pennington
Assistant Director, Post-Award Accounting
Office of Sponsored Programs
Lake Ridge University
(440) 555-0138 | osp-accounting@lakeridgeu.edu"""),

    dict(id="s10enb046", country="GB", date="2027-01-05T09:48", fmt="tb", stage="repeat", ago=1,
         inv="BP-26-1169", amt="1,105.20", due="2026-12-09",
         frm="Meera Shah <accounts@fellowesandgrant.co.uk>",
         intent="paid", paid_on="2026-12-23",
         note="Accountancy practice says it paid by bank transfer on 23/12/26.",
         body="""Good morning,

According to our records this invoice was paid on 23/12/26 by bank transfer, reference BP-26-1169 / FELLOWES. I've attached a screenshot from our online banking.

Could you check this against your account and let me know if it hasn't shown up? It may just be that your records haven't been updated since before Christmas.

Many thanks

Meera Shah
Practice Administrator
Fellowes & Grant Ltd, Chartered Accountants
Tel: 01632 960 355

Fellowes & Grant Ltd is registered in England and Wales, company no. 09928417."""),

    dict(id="s10enb047", country="GB", date="2027-01-19T13:05", fmt="none", stage="second_reminder", ago=2,
         inv="BP-26-1197", amt="2,318.00", due="2027-01-08",
         frm="Claire Boothroyd <claire@boothroydinteriors.co.uk>",
         intent="other",
         note="Wrong recipient: never ordered from the firm, suggests another company with the same name.",
         body="""Hello,

I think you've got the wrong Boothroyd. We're an interior design studio in Harrogate and we have never ordered anything from Brightwell Packaging. There's a Boothroyd Engineering over in Huddersfield, maybe it's them?

Could you check your records please, this is the second one of these we've had.

Claire Boothroyd"""),

    dict(id="s10enb048", country="US", date="2027-01-20T16:12", fmt="gmail", stage="second_reminder", ago=3, fwd=True,
         inv=[("CR-20612", "1,340.00", "2026-12-08"), ("CR-20640", "865.50", "2026-12-22")],
         frm="Heather Lyle <office@lylelandscapesupply.com>",
         intent="promise",
         note="Office admin forwards the owner's answer: both invoices paid 'in the next couple of weeks'; no single day.",
         body="""Hi,

Forwarding Bill's answer below since he asked me to get back to you.

Heather
Lyle Landscape Supply

---------- Forwarded message ---------
From: Bill Lyle <bill@lylelandscapesupply.com>
Date: Wed, Jan 20, 2027 at 2:47 PM
Subject: Re: Calder Ridge
To: Heather Lyle <office@lylelandscapesupply.com>

tell them both invoices will be paid in the next couple of weeks, january is always slow for us till the spring contracts come in. we're not going anywhere lol

Bill"""),

    dict(id="s10enb049", country="GB", date="2027-01-21T11:02", fmt="html_gmail", stage="reminder", ago=1,
         inv="BP-26-1201", amt="157.80", due="2027-01-15",
         frm="Priti Nair <priti@nairpharmacy.co.uk>",
         intent="paid", paid_on="2027-01-21",
         note="Paid by card through the payment link just now.",
         body="""Hi,

I've just paid this by card using the link in your email. The payment went through and I got a confirmation screen (ref ending 4471). Apologies for the delay, I was waiting for our new card to arrive.

Thanks,
Priti Nair
Nair Pharmacy, Leicester Road"""),

    dict(id="s10enb050", country="US", date="2027-01-25T10:40", fmt="tb", stage="reminder", ago=3,
         inv="CR-20673", amt="3,940.00", due="2027-01-15",
         frm="Marcus Bell <mbell@bellhvacsupply.com>",
         intent="promise", promise_date="2027-01-29",
         note="Promise for the Friday 1/29 ACH batch, plus a side question about 2027 labor rates.",
         body="""Hi,

This is approved and will go out with our Friday 1/29 ACH batch.

Separate question: our rep mentioned the contract labor rates are going up in Q1. Does that apply to the January PM visits that are already on the schedule, or only to work booked after the new rate sheet? I'd like to get the PO amounts right before I open them. Can someone send me the 2027 rate sheet?

Thanks,
Marcus Bell
Purchasing / AP
Bell HVAC Supply
Columbus | Dayton | Springfield
(937) 555-0184"""),
]
