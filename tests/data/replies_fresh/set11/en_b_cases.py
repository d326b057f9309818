"""Part en_b: handwritten debtor replies (US and GB business customers).

Creditors: Pennant Commercial Cleaning Ltd (GB, contract cleaning) and Northgate Managed IT LLC (US, IT outsourcing).
"""

CASES = [
    dict(id="s11enb001", country="US", date="2026-12-09T10:42", fmt="html_outlook", stage="heads_up", ago=1,
         inv="NG-20874", amt="4,860.00", due="2026-12-15",
         frm="Denise Kowalczyk <dkowalczyk@callowayprecision.com>",
         intent="promise", promise_date="2026-12-18",
         note="Approved and scheduled for the 12/18 check run; side question about the remit-to address.",
         body="""Hello,

Thank you for the reminder. Invoice NG-20874 has been approved and matched to PO 7700-41922. It is scheduled to be paid in our 12/18 check run (we pay vendors on Fridays only), so it will reach you a few days after the 12/15 due date - apologies for that.

One question: we still have your old remit-to address on file (PO Box 1180, Columbus OH 43216). Can you confirm that is still correct, or should checks now go to the Lakeview Ave address shown on the invoice?

Thanks,
Denise Kowalczyk
Accounts Payable Specialist
Calloway Precision Components, Inc.
4410 Industrial Pkwy | Dayton, OH 45414
P: (937) 555-0162 ext. 214

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named recipient(s) and may contain confidential information. If you have received this message in error, please notify the sender and delete it from your system."""),

    dict(id="s11enb002", country="GB", date="2026-12-08T15:17", fmt="apple", stage="reminder", ago=1,
         inv="PCC-26-1032", amt="386.40", due="2026-11-30",
         frm="Luca Romano <luca@trattoriaromano.co.uk>",
         intent="paid", paid_on="2026-12-08",
         note="Paid by bank transfer this morning.",
         body="""Hi, paid this morning by bank transfer, sorry it slipped through. Used the invoice number as the reference.

Luca

Sent from my iPhone"""),

    dict(id="s11enb003", country="US", date="2026-12-10T16:05", fmt="tb", stage="second_reminder", ago=3,
         inv="NG-20712", amt="2,975.00", due="2026-11-20",
         frm="Marjorie Tennant <mtennant@hollisbreckerlaw.com>",
         intent="dispute",
         note="Contract ended October 31; November fee billed for no service; asks for cancellation or credit memo.",
         body="""Dear Northgate Billing,

I am writing in response to your reminder regarding invoice NG-20712.

We do not believe this invoice is payable as issued. Our firm gave written notice on September 28 that we would not be renewing the managed services agreement, and the agreement ended on October 31. Invoice NG-20712 bills the full monthly fee of $2,975.00 for November, a month in which no services were provided. Our systems were transitioned to our new provider on October 30, and your project lead confirmed the handover in writing the same day. I can forward that email if it would help.

Please cancel this invoice or issue a credit memo for the full amount. Until that is done we will not be processing it for payment. For the avoidance of doubt, every invoice through October has been paid in full.

Regards,

Marjorie Tennant
Office Administrator
Hollis, Brecker & Vance LLP
1200 Market Street, 14th Floor
Philadelphia, PA 19107
Tel. (215) 555-0137

This message may contain information that is privileged, confidential or otherwise protected from disclosure. If you are not the intended recipient, you are hereby notified that any use, dissemination or copying of this message is strictly prohibited."""),

    dict(id="s11enb004", country="US", date="2026-12-21T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="NG-20933", amt="1,140.00", due="2026-12-05",
         frm="Karen Boyd <kboyd@millbrookschools.org>",
         intent="out_of_office", return_date="2027-01-04",
         note="Winter break auto-reply; returns Monday, January 4.",
         body="""Thank you for your email. I am out of the office from Monday, December 21 through Friday, January 1 for winter break and will return on Monday, January 4, 2027. Email will not be monitored during this time.

For purchase order questions please contact the Purchasing office at (330) 555-0119. Invoices may be sent to accountspayable@millbrookschools.org and will be processed when the district office reopens.

Karen Boyd
Accounts Payable
Millbrook Local School District"""),

    dict(id="s11enb005", country="GB", date="2026-12-10T11:20", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="PCC-26-0988", amt="2,316.00", due="2026-11-27",
         frm="Creditor Payments <creditors@harwood.gov.uk>",
         intent="promise", promise_date="2026-12-17",
         note="Released for the BACS run on Thursday 17 December.",
         body="""Dear Sir/Madam,

Thank you for your email. I can confirm that invoice PCC-26-0988 has now been approved by the budget holder (Facilities Management, Civic Centre) and released for payment. It will be included in our next BACS run on Thursday 17th December and should reach your account within 1-2 working days of that date.

The delay was caused by a missing goods receipt on our system, which has now been resolved. For future invoices please make sure the purchase order number is quoted, as invoices without one are automatically placed on hold.

Kind regards

Sam Whitfield
Creditor Payments Officer
Finance & Procurement Services
Harwood District Council
Civic Centre, Market Street, Harwood HW1 2AB
Tel: 01632 960418

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Harwood District Council may monitor email traffic for the purposes of security and staff training."""),

    dict(id="s11enb006", country="US", date="2026-12-09T14:12", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="NG-20655", amt="6,412.50", due="2026-11-25",
         frm="AP Vendor Support <apvendorsupport@stclarehealth.org>",
         intent="paid", paid_on="2026-12-04",
         note="ACH payment issued 12/04/2026 with reference; remittance sent.",
         body="""Good afternoon,

Per our records, invoice NG-20655 in the amount of $6,412.50 was paid via ACH on 12/04/2026.

Payment reference: ACH 000481736
Remittance advice was emailed to billing@northgatemit.com on the same date.

Please allow 2-3 business days for the funds to post. If you still do not see the payment after that, reply with your bank's confirmation of non-receipt and we will open a trace with our bank.

Thank you,

Renee Alvarado
Accounts Payable | Vendor Support
St. Clare Regional Health System
P: 614-555-0183 | F: 614-555-0184

This e-mail, including any attachments, may contain confidential and/or proprietary information, including protected health information (PHI). If you are not the intended recipient, please notify the sender immediately and destroy all copies."""),

    dict(id="s11enb007", country="GB", date="2026-12-11T10:03", fmt="outlook", stage="reminder", ago=4,
         inv="PCC-26-1007", amt="1,752.00", due="2026-11-30",
         frm="Accounts Payable <accounts.payable@northmoor.ac.uk>",
         intent="copy_request",
         note="No PO on the invoice; asks for it to be re-issued quoting PO 4500218845.",
         body="""Good morning,

We are unable to process invoice PCC-26-1007 as it does not quote a valid University purchase order number. Under our No PO, No Pay policy all supplier invoices must show the PO number issued by the requisitioning department.

Could you please re-issue the invoice quoting PO number 4500218845 (raised by Estates - Residences) and send it to invoices@northmoor.ac.uk? Once we receive the corrected invoice it will be paid in line with our 30-day terms.

Kind regards,

Helen Oduya
Accounts Payable Team
Finance Directorate | University of Northmoor
T: 01632 960552"""),

    dict(id="s11enb008", country="US", date="2026-12-15T22:48", fmt="gmail", stage="firm", ago=1,
         inv="NG-20801", amt="689.00", due="2026-11-15",
         frm="Tony Reyes <treyes.pizzafranchise@gmail.com>",
         intent="promise",
         note="Will pay 'after the holidays': vague, no date.",
         body="""hey sorry guys december has been brutal, sales are way down at both stores. i havent forgot about you, will get this paid after the holidays when things pick back up. pos system is working great btw

tony"""),

    dict(id="s11enb009", country="US", date="2026-12-16T13:25", fmt="html_gmail", stage="firm", ago=2,
         inv=[("NG-20744", "1,890.00", "2026-11-10"), ("NG-20902", "1,890.00", "2026-12-10")],
         frm="Alicia Monroe <amonroe@riverbendfoodbank.org>",
         intent="plan_request",
         note="Asks to pay both invoices in three or four monthly installments; no date committed.",
         body="""Hi there,

I'm the operations director at Riverbend Community Food Bank and I handle our IT vendor payments. I'm sorry these two invoices are late. Our county grant reimbursement for Q4 has been delayed (the county is now saying late January at the earliest), and December is our busiest month for distribution, so cash is very tight right now.

Would Northgate be open to letting us pay the $3,780 in three or four monthly installments instead of all at once? We really value the service and we don't want to fall further behind. If there's a form or agreement you need us to sign, just let me know.

Thank you for understanding,
Alicia

Alicia Monroe
Director of Operations
Riverbend Community Food Bank
(614) 555-0127 | riverbendfoodbank.org
A 501(c)(3) nonprofit organization"""),

    dict(id="s11enb010", country="GB", date="2026-12-17T12:40", fmt="gmail", stage="final_notice", ago=3,
         inv="PCC-26-0874", amt="940.80", due="2026-10-31",
         frm="Gareth Pryce <gareth@copperkettlecardiff.co.uk>",
         intent="other",
         note="Company in administration; creditor must claim from the administrators.",
         body="""Hello,

I'm sorry to tell you that The Copper Kettle Dining Ltd entered administration on 9 December. Joint administrators have been appointed from Marlow Pennington LLP and I no longer have any authority to make payments on the company's behalf.

You'll need to submit your claim to the administrators. Their case reference is CK/2612 and the case manager is Ruth Ellison, 029 2018 0446. They should be writing to all known creditors in the next couple of weeks in any case.

Sorry it isn't better news, and thank you for looking after the restaurant over the last few years.

Gareth Pryce
Director"""),
    dict(id="s11enb011", country="GB", date="2026-12-14T09:03", fmt="bounce", stage="reminder",
         inv="PCC-26-1051", amt="522.00", due="2026-11-30",
         rcpt="accounts@hartleyfloristry.co.uk", status="5.1.1", mta="eu-west-2.amazonses.com",
         remote="mx1.hartleyfloristry.co.uk",
         diag="550 5.1.1 <accounts@hartleyfloristry.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Permanent delivery failure: mailbox unknown.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    accounts@hartleyfloristry.co.uk

Technical details of permanent failure:
The recipient's mail server (mx1.hartleyfloristry.co.uk) rejected the message.
550 5.1.1 <accounts@hartleyfloristry.co.uk>: Recipient address rejected: User unknown in virtual mailbox table"""),

    dict(id="s11enb012", country="GB", date="2026-12-14T14:30", fmt="outlook", stage="second_reminder", ago=3,
         inv="PCC-26-0951", amt="1,850.00", due="2026-11-20",
         frm="Joanne Mercer <joanne.mercer@castlegatemedical.co.uk>",
         intent="dispute",
         note="Part paid today; the remaining 430.00 for an unauthorised deep clean is contested: the dispute is what needs acting on.",
         body="""Hello,

We have paid £1,420.00 against this invoice today, which covers the regular contract cleaning for October.

The remaining £430.00 is the "one-off deep clean - consulting rooms" charged for 24 October. Nobody at the practice requested or authorised that work and we have no record of it being done - the consulting rooms were in use all that afternoon. I have raised this with your area supervisor twice and have not had a reply. Please can you either send us a copy of the signed job sheet or cancel that line and issue a credit note.

Regards,
Joanne Mercer
Practice Manager
Castlegate Medical Practice
01632 960781"""),

    dict(id="s11enb013", country="US", date="2026-12-11T08:55", fmt="outlook", stage="reminder", ago=3,
         inv="NG-20839", amt="3,210.00", due="2026-11-30",
         frm="Brian Castellano <bcastellano@harlandoutfitters.com>",
         intent="contact_change", new_email="ap.invoices@harlandoutfitters.com",
         note="IT manager, not AP; invoices and reminders should go to the shared services mailbox.",
         body="""Hi,

I'm the IT manager here, not AP, so these reminders shouldn't be coming to me. Since November all vendor invoices and statements for Harland Outfitters go to our shared services team at ap.invoices@harlandoutfitters.com. Please update your billing contact to that address and resend NG-20839 there so it gets into their queue.

Thanks,
Brian

Brian Castellano | IT Manager
Harland Outfitters, Inc.
Store Support Center - Grove City, OH
614-555-0190"""),

    dict(id="s11enb014", country="GB", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="PCC-26-1069", amt="3,480.00", due="2026-12-11",
         frm="Oyelaran Funmi (NORTHMOOR HOSPITALS NHS FOUNDATION TRUST) <funmi.oyelaran@nhs.net>",
         intent="out_of_office", return_date="2027-01-05",
         note="Annual leave; back in the office Tuesday 5 January 2027.",
         body="""Thank you for your email.

I am on annual leave from Monday 21st December and will be returning to the office on Tuesday 5th January 2027. I will have no access to emails during this time.

For urgent supplier payment queries please contact the Accounts Payable helpdesk on 01632 960230 or email nmh.ap.queries@nhs.net, quoting your invoice number and our purchase order number.

Kind regards
Funmi"""),

    dict(id="s11enb015", country="US", date="2026-12-14T15:40", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="NG-20690", amt="8,725.00", due="2026-11-21",
         frm="Patricia Lindqvist <plindqvist@fairmontcountyoh.gov>",
         intent="promise", promise_date="2026-12-16",
         note="Check will be mailed Wednesday 12/16; side request to drop sales tax and credit $47.25 (paying in full this time).",
         body="""Good afternoon,

Thank you for following up. Invoice NG-20690 was approved by the Board of County Commissioners at the December 10 meeting and has been added to this week's warrant register. The Auditor's office prints and mails vendor checks on Wednesdays, so your check will go out in the mail on Wednesday 12/16.

Please note that Fairmont County is tax exempt and the invoice includes $47.25 in sales tax on the hardware line. We are paying the full amount this time to avoid any further delay, but please remove sales tax from future invoices and issue us a credit for the $47.25. Our exemption certificate is on file with your office; I can resend it if needed.

Patricia Lindqvist
Accounts Payable Clerk
Fairmont County Auditor's Office
100 N. Court Street, Room 204
Fairmont, OH 43130
(740) 555-0131

Public Records Notice: Under Ohio law, email messages sent to or from this account may be subject to public disclosure."""),

    dict(id="s11enb016", country="US", date="2026-12-15T11:02", fmt="gmail", stage="reminder", ago=1,
         inv="NG-20861", amt="245.00", due="2026-12-01",
         frm="Doug Ferrante <doug@ferrantehvac.com>",
         intent="unsubscribe",
         note="Wants off the automated reminder list; no statement about this invoice.",
         body="""Take me off this list. This is the third automated email in two weeks. I don't need a robot reminding me, we've paid you every month for five years. Unsubscribe this address please.

Doug"""),

    dict(id="s11enb017", country="GB", date="2026-12-15T10:18", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="PCC-26-0966", amt="2,094.00", due="2026-11-25",
         frm="Rachel Hoskins <r.hoskins@brindleyfoods.co.uk>",
         intent="bank_details",
         note="Received a suspicious change-of-bank email; invoice on hold until bank details are confirmed by phone.",
         body="""Hi,

Before we pay this, could someone please call me to confirm your bank details? On 2 December we received an email, apparently from your accounts team, saying Pennant had moved banks and giving a new sort code and account number with a different bank. The sending address looked slightly off (pennant-cleaning.co.uk, with a hyphen), so we have put the invoice on hold.

Our policy is that we cannot change a supplier's bank details without verbal confirmation from a known contact. Could you ring me on 01632 960614 and confirm whether the details printed on your invoice (Lloyds) are still correct?

Thanks,
Rachel Hoskins
Purchase Ledger Supervisor
Brindley Foods Ltd

Registered office: Brindley House, Gelderd Road, Leeds LS12 6DL. Registered in England No. 04512298."""),

    dict(id="s11enb018", country="US", date="2026-12-14T08:20", fmt="gmail", stage="reminder", ago=3,
         inv="NG-20878", amt="412.00", due="2026-12-01",
         frm="Jen Whitaker <jen@whitakerdentalstudio.com>",
         intent="paid", paid_on="2026-12-13",
         note="Paid online by Amex 'yesterday' (Sunday 12/13), confirmation number given.",
         body="""Hi, I payed this online with our Amex yesterday afternoon thru the link in your email, the confirmation number is 8842-1173. Sorry abut the delay our office manager was out sick most of last week.

Jen Whitaker
Whitaker Dental Studio"""),

    dict(id="s11enb019", country="US", date="2026-12-16T09:47", fmt="outlook", stage="second_reminder", ago=2,
         inv="NG-20817", amt="3,840.00", due="2026-11-28",
         frm="Accounts Payable <ap@bellwetherhome.com>",
         intent="dispute",
         note="Price variance against PO 210-55873; will not pay above the PO amount.",
         body="""Hello,

Invoice NG-20817 is on hold in our system due to a price variance. The invoice total is $3,840.00 but the approved purchase order (PO 210-55873) is for $3,200.00: 8 laptop imaging and deployment services at $400.00 each. Your invoice bills the same 8 units at $480.00.

We are unable to pay above the PO amount. Please either send a corrected invoice for $3,200.00 or have your sales rep work with our buyer, Kelly Drummond, to get the PO amended. No payment will be released until the variance is cleared.

Regards,
Marcus Hill
Accounts Payable
Bellwether Home Stores
Vendor inquiries: ap@bellwetherhome.com | 800-555-0155"""),

    dict(id="s11enb020", country="GB", date="2026-12-16T17:10", fmt="outlook", stage="firm", ago=2,
         inv="PCC-26-0912", amt="1,176.00", due="2026-11-13",
         frm="Accounts <accounts@fernleysolicitors.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Will be settled by Friday of this week (18 December); asks that statutory interest be waived.",
         body="""Dear Pennant,

Apologies for the delay in settling this. Our cashier has been off and payments have backed up. Invoice PCC-26-0912 will be settled by Friday of this week.

With regard to the reference in your email to statutory interest and recovery costs, I would be grateful if these were not applied, given that we have used your services for a number of years without any previous late payment.

Yours faithfully

Anita Sandhu
Accounts Assistant
for Fernley & Co Solicitors

Fernley & Co Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612408). A list of partners is available at our registered office.
CYBER FRAUD WARNING: we will never notify you of a change to our bank details by email."""),
    dict(id="s11enb021", country="US", date="2026-12-18T09:34", fmt="ooo", stage="reminder", ago=0,
         inv="NG-20917", amt="2,640.00", due="2026-12-08",
         frm="Daniel Ortiz <dortiz@eastlake.edu>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away through Friday, January 8: first working day back is Monday, January 11.",
         body="""Automatic reply: I am away from the office through Friday, January 8, with no access to email.

For invoice status please use the Supplier Portal (https://supplier.eastlake.edu) or call the Accounts Payable help line at 216-555-0108. Urgent requests can be sent to apsupport@eastlake.edu.

Daniel Ortiz
Senior Accounts Payable Associate
Eastlake University - Office of the Controller"""),

    dict(id="s11enb022", country="GB", date="2026-12-14T11:25", fmt="tb", stage="second_reminder", ago=3,
         inv="PCC-26-0940", amt="312.00", due="2026-11-18",
         frm="Margaret Dunn <hallcommittee.staidans@btinternet.com>",
         intent="paid", paid_on="2026-12-11",
         note="Cheque posted on Friday (11 December), crossed with the reminder.",
         body="""Dear Pennant Cleaning,

Our treasurer, Mr Jim Harrop, put a cheque for £312.00 in the post to your Leeds office on Friday, so it should be with you in the next day or two. He has written the invoice number, PCC-26-0940, on the back.

With apologies for the delay - the committee only meets once a month to sign cheques.

Yours sincerely,

Margaret Dunn (Mrs)
Hon. Secretary
St Aidan's Community Hall Committee"""),

    dict(id="s11enb023", country="US", date="2026-12-30T10:15", fmt="gmail", stage="final_notice", ago=2,
         inv="NG-20760", amt="2,150.00", due="2026-11-15",
         frm="Lisa Tran <lisa@jessuphospitality.com>",
         intent="promise", promise_date="2027-01-08",
         note="Assistant forwards the owner's answer: will pay on 'the 8th' (January 8).",
         body="""Hi,

Mark asked me to pass along his answer (below). Let me know if you need anything else from our side.

Lisa Tran
Office Assistant | Jessup Hospitality Group

---------- Forwarded message ---------
From: Mark Jessup <mark@jessuphospitality.com>
Date: Tue, Dec 29, 2026 at 6:02 PM
Subject: Re: Final reminder
To: Lisa Tran <lisa@jessuphospitality.com>

Lisa, tell Northgate we'll pay the 2150 on the 8th when the January draw comes in. Don't want this going to collections.

Sent from my iPhone"""),

    dict(id="s11enb024", country="US", date="2027-01-06T15:50", fmt="gmail", stage="firm", ago=1,
         inv=[("NG-20795", "1,260.00", "2026-11-20"), ("NG-20934", "1,260.00", "2026-12-21")],
         frm="Maria Delgado <maria@casadelgadocantina.com>",
         intent="plan_request",
         note="Asks to pay about $500 a month until caught up; no date committed.",
         body="""Hi,

I know we are behind on these two. Honestly December was not good for us, we had the kitchen closed for 9 days after the pipe burst and insurance hasnt paid yet. Is there any way we can do like $500 a month until its caught up? I dont want to lose the service, the new wifi and the cameras have been great. Let me know what works for you guys.

Thank you
Maria Delgado
Casa Delgado Cantina"""),

    dict(id="s11enb025", country="GB", date="2026-12-09T12:05", fmt="gmail", stage="reminder", ago=2,
         inv="PCC-26-1015", amt="264.00", due="2026-11-27",
         frm="Hartley Dental Care <reception@hartleydentalharrogate.co.uk>",
         intent="other",
         note="Wrong recipient: says they never had a contract; suggests another practice.",
         body="""Hello,

I think this has been sent to the wrong practice. We are Hartley Dental Care in Harrogate and we've never had a contract with Pennant - our cleaning has been done by the same local lady for years. There's a Hartley Street Dental in Halifax, could it be meant for them?

Could you check and update your records please.

Thanks
Sophie
Reception, Hartley Dental Care"""),

    dict(id="s11enb026", country="US", date="2026-12-17T11:36", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="NG-20799", amt="5,380.00", due="2026-11-30",
         frm="Supplier Inquiries <supplierinquiries@mercyvalleyhealth.org>",
         intent="copy_request",
         note="Invoice not on file: must be submitted through the supplier portal with a PO, plus a current W-9.",
         body="""Hello,

We have no record of invoice NG-20799 in our system. Mercy Valley Health only accepts supplier invoices submitted through our Coupa supplier portal; invoices emailed or mailed to individual departments are not received by Accounts Payable.

Please submit a copy of the invoice through the portal, referencing the purchase order number issued by our IT department. If you do not have a PO number, please obtain one from your contact in IT before submitting. Your vendor record also shows an expired W-9, so please upload a current W-9 at the same time.

Once the invoice is received and matched it will be paid according to our standard Net 45 terms.

Sincerely,

Accounts Payable Shared Services
Mercy Valley Health
Ticket #: AP-2026-118452

Please do not change the subject line when replying, so that your response is added to the existing ticket."""),

    dict(id="s11enb027", country="GB", date="2026-12-22T19:40", fmt="apple", stage="second_reminder", ago=1,
         inv="PCC-26-1023", amt="640.00", due="2026-12-04",
         frm="Bev Ashworth <treasurer@oakfieldyouthtrust.org.uk>",
         intent="promise",
         note="Will pay in 'the first week or so of January' once the second signatory is back: no single date.",
         body="""Hi there,

Sorry, I'm the treasurer of the Trust and this has only just reached me. Our bank needs two signatories to authorise online payments and our chair is away visiting family until after New Year. I'll make sure it's paid in the first week or so of January, as soon as she's back and can approve it.

Merry Christmas to you all at Pennant,

Bev Ashworth
Hon. Treasurer, Oakfield Youth Trust
Registered Charity No. 1098243

Sent from my iPad"""),

    dict(id="s11enb028", country="US", date="2026-12-17T16:22", fmt="html_gmail", stage="reminder", ago=3,
         inv=[("NG-20780", "1,475.00", "2026-11-25"), ("NG-20812", "380.00", "2026-12-02")],
         frm="Carol Meeks <cmeeks@ovbearing.com>",
         intent="paid", paid_on="2026-12-11",
         note="One check for both invoices mailed 12/11.",
         body="""Hi,

Both of these were paid with one check, #10443 for $1,855.00, mailed on 12/11 to the PO Box on your invoices. The check stub lists both invoice numbers. It probably just crossed in the mail with your reminder.

If it hasn't shown up by the end of next week let me know and I'll put a stop on it and reissue.

Carol Meeks
Office Manager / AP
Ohio Valley Bearing & Supply Co.
(513) 555-0172"""),

    dict(id="s11enb029", country="US", date="2026-12-10T12:58", fmt="gmail", stage="reminder", ago=1,
         inv="NG-20846", amt="575.00", due="2026-12-05",
         frm="Rick Sowell <rick@smokehousetavern.com>",
         intent="dispute",
         note="Refuses to pay for an emergency call-out the technician never attended.",
         body="""Are you kidding me? This is the emergency onsite call for 11/14 when our POS went down on a Saturday night. Your tech NEVER SHOWED UP. We waited 3 hours, ran cash only, lost probably $4k in business and I ended up paying a local guy to come out and fix it. And now you want $575 for it??

I'm not paying this. Void it. And honestly I'm reconsidering the whole contract. Somebody from management needs to call me.

Rick Sowell
Owner, Smokehouse Tavern
(937) 555-0144"""),

    dict(id="s11enb030", country="GB", date="2026-12-21T10:09", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="PCC-26-1002", amt="1,098.00", due="2026-12-01",
         frm="Purchase Ledger <purchaseledger@aldertonengineering.co.uk>",
         intent="paid", paid_on="2026-12-18",
         note="Paid by BACS in the payment run on 18/12/2026; remittance re-sent.",
         body="""Good morning,

This invoice was paid by BACS in our weekly payment run on Friday 18/12/2026. A remittance advice should have been emailed to accounts@pennantcleaning.co.uk automatically - I've attached another copy in case it didn't come through.

Amount paid: £1,098.00
Payment reference: ALD-PAY-004417

Kind regards,

Nicola Bryant
Purchase Ledger Clerk
Alderton Engineering Ltd | Unit 12, Riverside Business Park, Wakefield WF2 7AX
Tel: 01632 960327

Alderton Engineering Ltd. Registered in England and Wales, company no. 03376519. Registered office as above."""),
    dict(id="s11enb031", country="US", date="2027-01-07T14:20", fmt="outlook", stage="firm", ago=2,
         inv="NG-20823", amt="12,480.00", due="2026-12-01",
         frm="Gregory Abernathy <gabernathy@cityofwestbrook.gov>",
         intent="promise", promise_date="2027-01-14",
         note="On the January 12 Council consent agenda; check released Thursday January 14. The meeting date is not the payment date.",
         body="""Dear Northgate Managed IT,

Thank you for your patience regarding invoice NG-20823 for the network switch replacement at the Public Safety Building.

Because the invoice exceeds $10,000, it requires City Council approval before payment can be released. The item has been placed on the consent agenda for the Council meeting of Tuesday, January 12, 2027. Checks from that warrant list are released by the Finance Department on the Thursday following the meeting, so your payment will be issued on January 14.

I would also point out that the signed project acceptance form was not received by our office until December 18, which is why the invoice could not be placed on the December agenda. In future, please include the acceptance form with any project invoice so that it can be processed without delay.

Sincerely,

Gregory Abernathy
Accounts Payable Coordinator
City of Westbrook | Department of Finance
22 Main Street, Westbrook, OH 43617
Phone: (419) 555-0166"""),

    dict(id="s11enb032", country="US", date="2026-12-28T09:40", fmt="gmail", stage="second_reminder", ago=4,
         inv="NG-20889", amt="960.00", due="2026-12-10",
         frm="Sarah Kim <sarah@kimalvarezlaw.com>",
         intent="paid", paid_on="2026-12-22",
         note="Sent through Bill.com (ACH) on Dec 22; payment ID given.",
         body="""Hi Northgate team,

We sent this through Bill.com on Dec 22 - it's an ACH so it usually takes 3-5 business days, and with the holiday it may be on the slower side. The Bill.com payment ID is P-8KQ2M4. Let me know if it's not there by the end of the week.

Happy holidays,
Sarah

Sarah Kim
Firm Administrator
Kim & Alvarez Law Group, PLLC
(614) 555-0109"""),

    dict(id="s11enb033", country="GB", date="2027-01-05T09:50", fmt="outlook", stage="reminder", ago=1,
         inv="PCC-26-1088", amt="1,944.00", due="2026-12-18",
         frm="Tom Haddleton <t.haddleton@greenbankprimary.org.uk>",
         intent="contact_change", new_email="finance@meadowlandstrust.org.uk",
         note="Left the role; invoices and reminders should go to the trust's central finance team.",
         body="""Hi,

I left the School Business Manager role at Greenbank at the end of December and this mailbox will be closed shortly. From now on please send all invoices, statements and reminders for Greenbank Primary to the Trust's central finance team at finance@meadowlandstrust.org.uk (for the attention of Priya Chauhan). They will be picking up this invoice.

Many thanks, and thanks for all your help over the last three years.

Tom"""),

    dict(id="s11enb034", country="US", date="2026-12-08T16:44", fmt="gmail", stage="heads_up", ago=1,
         inv="NG-20925", amt="1,320.00", due="2026-12-20",
         frm="Nate Huber <nate@hubercraftbrewing.com>",
         intent="other",
         note="Questions about card payments and surcharges; no commitment to pay.",
         body="""Quick question before I pay this - does the online payment link take credit cards, and is there a convenience fee? Last year we got hit with a 3% surcharge from another vendor and I'd rather just do ACH if that's the case. Also, does the portal let me save a card for the monthly invoices?

Nate Huber
Huber Craft Brewing Co. | Taproom & Kitchen"""),

    dict(id="s11enb035", country="GB", date="2026-12-10T21:12", fmt="apple", stage="firm", ago=3,
         inv="PCC-26-0979", amt="468.00", due="2026-11-20",
         frm="Kev Marsh <kevmarsh.coffee@icloud.com>",
         intent="promise", promise_date="2026-12-14",
         note="Will sort it Monday (14 December).",
         body="""sorry mate been manic with xmas orders will sort it monday first thing
kev

Sent from my iPhone"""),

    dict(id="s11enb036", country="US", date="2027-01-11T10:30", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="NG-20951", amt="2,880.00", due="2026-12-31",
         frm="Howard Liang <hliang@greaterlakesliteracy.org>",
         intent="dispute",
         note="Billed for 45 seats instead of 32; asks for a corrected invoice and credits; side question about a discount.",
         body="""Hello,

We have a problem with invoice NG-20951. It bills Microsoft 365 Business Premium for 45 users plus your per-seat support fee, but we have only had 32 active staff accounts since September, when we closed our Eastside learning center. I notified your account manager, Jeff Parr, by email on September 14 and he confirmed the license count would be reduced from the October billing cycle. Looking back, October and November were also billed at 45 seats, which we didn't catch at the time.

Please issue a corrected invoice for December based on 32 users, and a credit for the 13 extra seats on the October and November invoices. We are happy to pay the corrected amount promptly once we receive it.

Also, can you confirm whether the nonprofit discount we were quoted at renewal is being applied? I don't see it anywhere on the invoice.

Thank you,

Howard Liang
Finance & Operations Manager
Greater Lakes Literacy Council
3150 Detroit Ave, Toledo, OH 43610 | (419) 555-0151"""),

    dict(id="s11enb037", country="GB", date="2026-12-16T08:41", fmt="html_outlook", stage="reminder", ago=2,
         inv=[("PCC-26-0996", "4,212.00", "2026-11-30"), ("PCC-26-1011", "388.80", "2026-12-05")],
         frm="Finance Payments Team <payments@kingsmerecollege.ac.uk>",
         intent="paid", paid_on="2026-12-15",
         note="Remittance advice: both invoices paid by BACS on 15/12/2026.",
         body="""Good morning,

Please see the remittance advice below for the above invoices.

REMITTANCE ADVICE

Supplier: Pennant Commercial Cleaning Ltd
Supplier no: 100482
Payment date: 15/12/2026
Payment method: BACS
Payment reference: KC0016631

Invoice no.      Invoice date    Amount
PCC-26-0996      31/10/2026      £4,212.00
PCC-26-1011      05/11/2026      £388.80
Total paid                       £4,600.80

This payment has been made to the bank account held on our supplier file. Please allow up to three working days for funds to clear. Any queries to payments@kingsmerecollege.ac.uk quoting the payment reference.

Finance Payments Team
Kingsmere College
Kingsmere Road, Bradford BD7 1AY

Kingsmere College is an exempt charity. This email is confidential and may be legally privileged."""),

    dict(id="s11enb038", country="US", date="2027-01-13T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="NG-20968", amt="1,725.00", due="2027-01-01",
         frm="Emily Sandoval <esandoval@brightwaterfoods.com>",
         intent="out_of_office", return_date="2027-02-01",
         note="Parental leave; back Monday, February 1, 2027.",
         body="""Hi, thanks for your message. I'm currently on parental leave and will be back in the office on Monday, February 1, 2027.

While I'm out, please send invoice and payment questions to Raj Patel (rpatel@brightwaterfoods.com) or to our AP inbox, ap@brightwaterfoods.com.

Thanks!
Emily"""),

    dict(id="s11enb039", country="US", date="2027-01-05T11:05", fmt="outlook", stage="heads_up", ago=1,
         inv="NG-20981", amt="890.00", due="2027-01-15",
         frm="Angela Russo <angela@russosbakery.com>",
         intent="bank_details",
         note="Announces the customer's own change of bank for the ACH autopay; asks for an authorization form.",
         body="""Hello,

This invoice is normally paid by the automatic ACH debit we set up with you last spring. Please note that we moved our business accounts from First Buckeye Bank to Heartland Community Bank as of January 1, and the old account will be closed at the end of this month.

Could you update the autopay so this month's payment is drafted from the new account? Please send me your ACH authorization form or a secure link and I will fill in the new routing and account numbers there (I'd rather not put them in an email).

Thank you,
Angela Russo
Owner, Russo's Bakery & Cafe
(614) 555-0193"""),

    dict(id="s11enb040", country="US", date="2027-01-13T07:58", fmt="apple", stage="reminder", ago=1,
         inv="NG-20940", amt="350.00", due="2026-12-22",
         frm="Chris Albright <chris@albrightbarberco.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay Friday (January 15).",
         body="""Will pay Friday. Thx

Sent from my iPhone"""),
    dict(id="s11enb041", country="GB", date="2027-01-19T13:02", fmt="gmail", stage="repeat", ago=1,
         inv="PCC-26-1107", amt="198.00", due="2026-12-31",
         frm="Pam Kaur <pamkaur62@gmail.com>",
         intent="unsubscribe",
         note="Asks to be removed from the automated reminders (personal address); no payment statement.",
         body="""Hello,

Please could you remove this email address from your automated reminders. It is my personal address and I don't want business emails coming to it. The invoices come by post to the restaurant and are dealt with there.

Thank you
Mrs P. Kaur
Spice Yard"""),

    dict(id="s11enb042", country="US", date="2027-01-06T12:15", fmt="apple", stage="second_reminder", ago=2,
         inv="NG-20904", amt="1,050.00", due="2026-12-15",
         frm="Priya Natarajan <priya@natarajanpediatrics.com>",
         intent="paid", paid_on="2027-01-06",
         note="Paid through the portal a few minutes ago.",
         body="""Just paid this through your portal a few minutes ago. Sorry for the delay, I was away over the holidays and nobody in the office had signing authority.

Priya

Sent from my iPhone"""),

    dict(id="s11enb043", country="US", date="2027-01-08T15:05", fmt="outlook", stage="firm", ago=3,
         inv="NG-20871", amt="7,340.00", due="2026-12-10",
         frm="Megan Fowler <mfowler@tristatepolymers.com>",
         intent="promise", promise_date="2027-01-19",
         note="Assistant forwards the Controller's answer: in the ACH run on Tuesday 1/19 (Monday is the holiday).",
         body="""Good afternoon,

Please see below from our Controller regarding your invoice.

Best regards,
Megan Fowler
Executive Assistant to the CFO
Tri-State Polymers, Inc.
(513) 555-0104

From: Walsh, James <jwalsh@tristatepolymers.com>
Sent: Friday, January 8, 2027 2:41 PM
To: Fowler, Megan <mfowler@tristatepolymers.com>
Subject: RE: Third reminder: invoice NG-20871 overdue

Megan - please let Northgate know this was held up because the receiving report for their December on-site work was never entered. That's fixed now. It's approved and will go out in the ACH run on Tuesday 1/19 (Monday is the holiday). Apologies for the delay on our end.

Jim"""),

    dict(id="s11enb044", country="GB", date="2027-01-14T11:48", fmt="html_gmail", stage="final_notice", ago=2,
         inv=[("PCC-26-1036", "1,392.00", "2026-11-30"), ("PCC-26-1074", "1,392.00", "2026-12-31")],
         frm="Dan Okafor <dan@okaforfitness.co.uk>",
         intent="plan_request",
         note="Asks to clear both invoices over three months by standing order; no date committed.",
         body="""Hi,

Thanks for your email, and I'm sorry it has got to the point of a final reminder. I'm not disputing any of it - your team have done a good job at both sites.

The honest position is that January is always our worst month for cash (membership renewals don't come through until February) and we had a big unexpected repair bill on the showers in December. Would you be willing to let us clear the £2,784 over three months rather than in one go? I can set up a standing order for whatever amount you think is fair.

Please don't pass it to collections - I'd much rather sort it out with you directly.

Best,
Dan Okafor
Owner, Okafor Fitness (Headingley & Kirkstall)
07700 900418"""),

    dict(id="s11enb045", country="US", date="2027-01-20T10:12", fmt="tb", stage="reminder", ago=2,
         inv="NG-20990", amt="2,260.00", due="2027-01-10",
         frm="Joyce Pennington <jpennington@harrisontownship-oh.gov>",
         intent="copy_request",
         note="Vendor not set up after the name change: needs a W-9 and an invoice addressed to the Township.",
         body="""Hello,

We received your reminder, but we cannot pay invoice NG-20990 yet because Northgate Managed IT LLC is not set up as a vendor in our system. This appears to be the first invoice since your company changed its name from Northgate Computer Services last fall, and our records are still under the old name and tax ID.

Before we can issue payment, please send:
1. A completed and signed IRS Form W-9 for Northgate Managed IT LLC
2. A copy of the invoice addressed to Harrison Township (the copy we have is addressed to the Fire Department only)

Once we have these the invoice will go on the next available warrant.

Thank you,
Joyce Pennington
Fiscal Officer's Office
Harrison Township
(937) 555-0120"""),

    dict(id="s11enb046", country="GB", date="2027-01-12T14:05", fmt="outlook", stage="second_reminder", ago=1,
         inv="PCC-26-1059", amt="3,126.00", due="2026-12-15",
         frm="Liam Fraser <ap@harbourretail.co.uk>",
         intent="promise", promise_date="2027-01-29",
         note="Scheduled for the January month-end run on 29th January; comment on 60-day terms.",
         body="""Hi,

Thanks for your email. This invoice was received after the cut-off for our December payment run, so it has been scheduled for the January month-end run on 29th January. It has already been approved, so there is nothing further needed from you.

Please note that our standard terms with suppliers are 60 days end of month, and we'd ask that future reminders allow for that.

Regards
Liam Fraser
Accounts Payable Analyst
Harbour Retail Group plc
Tel: 0131 496 0725

Harbour Retail Group plc. Registered in Scotland, company number SC214870. Registered office: 9 Leith Walk, Edinburgh EH6 8LS."""),

    dict(id="s11enb047", country="US", date="2026-12-29T13:30", fmt="gmail", stage="second_reminder", ago=1,
         inv="NG-20915", amt="780.00", due="2026-12-10",
         frm="Jason Miller <jmiller.store2217@gmail.com>",
         intent="other",
         note="Store closing; reminder passed on to the franchise group's accounting office, no timeline.",
         body="""Hi,

FYI our location (store #2217, Reynoldsburg) is closing for good on December 31. I sent your email on to the franchise group's accounting office since they're handling all the closing bills. I don't know their timeline. Their number is 614-555-0177 if you want to follow up with them.

Jason Miller
GM, Store 2217"""),

    dict(id="s11enb048", country="GB", date="2027-01-08T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="PCC-26-1094", amt="846.00", due="2026-12-28",
         frm="Claire Benson <claire.benson@thornleyhotels.co.uk>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away 8 to 15 January inclusive: back Monday 18 January.",
         body="""Thank you for your email. I am out of the office from Friday 8 January to Friday 15 January inclusive and will have limited access to email. I'll reply as soon as I can after I return.

For anything urgent relating to supplier accounts please contact Mark in the accounts office on 01632 960118 or at accounts@thornleyhotels.co.uk.

Claire Benson
Group Finance Assistant | Thornley Hotels"""),

    dict(id="s11enb049", country="US", date="2027-01-22T16:40", fmt="html_gmail", stage="final_notice", ago=3,
         inv="NG-20858", amt="3,000.00", due="2026-12-05",
         frm="Robert Chen <rchen@chenfamilymarkets.com>",
         intent="paid", paid_on="2027-01-22",
         note="Partial payment of $1,500 sent by ACH this afternoon; no commitment on the rest.",
         body="""Hi Dana,

I sent $1,500.00 by ACH this afternoon as a partial payment on NG-20858. That's what we can do right now. I'll be in touch next week about the remaining balance once I've gone over the numbers with our bookkeeper.

Please hold off on sending this to collections - we've been a customer for six years and we're not going anywhere.

Robert Chen
Chen Family Markets
(216) 555-0185"""),

    dict(id="s11enb050", country="US", date="2027-01-26T10:20", fmt="outlook", stage="repeat", ago=1,
         inv=[("NG-20977", "2,415.00", "2027-01-05"), ("NG-21003", "215.00", "2027-01-15")],
         frm="Stephanie Greer <sgreer@lakeshoreortho.com>",
         intent="promise",
         note="Both invoices in 'next week's check run' (no single day); side request to review the $215 after-hours charge.",
         body="""Hi,

Both invoices are approved and will be paid in next week's check run.

One thing - NG-21003 is the $215 charge for the after-hours call on 12/30. Our office manager was told by your tech that it would be covered under the contract. I'm paying it so we don't hold things up, but could someone look into it and credit it back on the February invoice if that's right?

Thanks,
Stephanie Greer
Billing & AP Coordinator
Lakeshore Orthopedic Associates
P 216-555-0112 | F 216-555-0113"""),
]
