"""Set 13, part en_b: English replies to three invented firms.

FR: Studio Ferlinge SAS (UX / product design studio, Nantes) - foreign customers writing English.
GB: Halyard Digital Ltd (web development, hosting and support retainers, Bristol).
US: Pinewick Analytics LLC (data and analytics consulting, dashboards, Columbus OH).
Every body below was written by hand for its case.
"""

CASES = [
    dict(id="s13enb001", country="GB", date="2026-12-09T11:42", fmt="gmail", stage="reminder", ago=2,
         inv="HD-4418", amt="1,860.00", due="2026-11-30",
         frm="Tom Haworth <tom@brightloomcreative.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Will pay on Friday; reply sent Wednesday 9 December, so Friday 11 December.",
         body="""Hi there,

Sorry, this one slipped through while Priya was off. I'll get it paid on Friday.

Cheers,
Tom

Tom Haworth
Operations Director | Brightloom Creative
0161 496 0772"""),

    dict(id="s13enb002", country="US", date="2026-12-10T17:05", off="-0600", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="PW-10391", amt="7,450.00", due="2026-11-20",
         frm="Danielle Okafor <danielle.okafor@fennicklabs.io>",
         intent="paid", paid_on="2026-12-09",
         note="ACH sent yesterday (12/9), remittance details given.",
         body="""Hi Pinewick team,

Thanks for the nudge. This was approved last week and the ACH went out yesterday (12/9). Remittance details below in case it helps your team match it:

Payment ID: ACH-20261209-0173
Amount: $7,450.00
Invoice(s): PW-10391

Depending on your bank it can take 1-2 business days to land. Let me know if you don't see it by Monday.

Best,
Danielle Okafor
Senior AP Specialist | Fennick Labs, Inc.
512-555-0190
danielle.okafor@fennicklabs.io

CONFIDENTIALITY NOTICE: This email and any attachments are for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply email and destroy all copies of the original message."""),

    dict(id="s13enb003", country="FR", loc="GB", date="2026-12-08T10:17", fmt="outlook", stage="reminder", ago=1,
         inv="FER-2026-0147", amt="6 300,00", due="2026-11-30",
         frm="Matthias Brenner <m.brenner@nordkamm.de>",
         intent="dispute",
         note="Contests 7 extra days over the capped SOW; will not pay until a credit note or corrected invoice is sent.",
         body="""Hello,

I am replying in English, hope this is ok.

We have checked invoice FER-2026-0147 against the statement of work signed in September. The SOW says the design sprint is capped at 35 person-days (fixed price 5 250 EUR). Your invoice is for 42 days = 6 300 EUR. Nobody on our side approved the additional 7 days, Julien only mentioned in a call that it "might run over".

We will not pay the invoice in this form. Please send a credit note for the difference or a corrected invoice for 5 250 EUR and we will pay it in our next payment run.

Kind regards

Matthias Brenner
Head of Product
Nordkamm GmbH
Schlesische Str. 29, 10997 Berlin
Tel. +49 30 5557 2190

Geschäftsführer: Anna Lindqvist, Jens Heller · Amtsgericht Charlottenburg HRB 214783 B"""),

    dict(id="s13enb004", country="GB", date="2026-12-21T09:03", fmt="ooo", stage="second_reminder", ago=0,
         inv="HD-4392", amt="3,240.00", due="2026-11-15",
         frm="Helen Marsh <h.marsh@carrowpike.co.uk>",
         intent="out_of_office", return_date="2026-12-29",
         note="Auto-reply: away from Monday 21 December, back on Tuesday 29 December.",
         body="""Thank you for your email.

I am out of the office from Monday 21 December and will be back at my desk on Tuesday 29 December. During this period I will not be checking emails regularly.

For urgent matters, please contact our Finance team on finance@carrowpike.co.uk or 0113 496 0215.

Kind regards,
Helen Marsh
Practice Manager
Carrow & Pike LLP

Carrow & Pike LLP is a limited liability partnership registered in England and Wales (OC412338) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 654321)."""),

    dict(id="s13enb005", country="US", date="2026-12-15T13:26", fmt="gmail", stage="reminder", ago=3,
         inv="PW-10402", amt="2,100.00", due="2026-12-01",
         frm="Grace Whitfield <grace@riverbendliteracy.org>",
         intent="promise",
         note="Check will go out 'early in January' once the treasurer is back: a promise with no single day.",
         body="""Hi,

Apologies for the delay on this. Our treasurer has to co-sign any check over $1,500 and she's traveling until after the holidays. We'll get it out to you early in January, I promise it hasn't been forgotten.

Thank you for your patience (and for the dashboard, our board loved it).

Warmly,
Grace Whitfield
Executive Director
Riverbend Literacy Coalition
937-555-0114 | www.riverbendliteracy.org

Riverbend Literacy Coalition is a 501(c)(3) nonprofit organization."""),

    dict(id="s13enb006", country="GB", date="2026-12-07T08:51", fmt="tb", stage="reminder", ago=3,
         inv="HD-4377", amt="945.00", due="2026-11-27",
         frm="Martin Cole <accounts@ashdownresidential.co.uk>",
         intent="paid", paid_on="2026-12-04",
         note="Paid by BACS on the 4th (Friday 4 December), reply on Monday 7 December.",
         body="""Good morning,

I think our payment and your reminder crossed. We paid HD-4377 by BACS on the 4th, reference ASHDOWN HD4377. Should be with you by now.

Regards

Martin Cole
Accounts Assistant
Ashdown Residential Management Ltd
14 Ship Street, Brighton BN1 1AD
01273 496 0330"""),

    dict(id="s13enb007", country="US", date="2026-12-08T14:40", off="-0600", fmt="none", stage="second_reminder", ago=1,
         inv="PW-10388", amt="12,800.00", due="2026-11-15",
         frm="Halvorsen AP Shared Services <apsupport@halvorsenpg.com>",
         subj="RE: Second reminder: invoice PW-10388 overdue – Pinewick Analytics LLC - INC0048213",
         intent="copy_request",
         note="AP ticket: invoice cannot be processed without a PO number; asks for a corrected invoice showing the PO.",
         body="""Ticket INC0048213 - Vendor inquiry - Pinewick Analytics LLC

Status: Awaiting Vendor
Assigned to: R. Delgado (AP Shared Services)

-------------------------------------------------
Comment from Rosa Delgado - 12/08/2026 01:38 PM CST
-------------------------------------------------
Hello,

Invoice PW-10388 was received on 11/03 but could not be processed because it does not reference a valid Halvorsen purchase order number. Per our vendor terms, all invoices must include a PO in the format 45XXXXXXXX.

Please obtain the PO number from your Halvorsen requester (the engagement was set up by Kevin Marsh in Asset Management) and resubmit a corrected invoice with the PO shown on the face of the invoice to invoices@halvorsenpg.com. Payment terms will start from the date the corrected invoice is received.

Please reply to this email without changing the subject line so your response is attached to the ticket.

Thank you,
Rosa Delgado
AP Shared Services | Halvorsen Property Group

-------------------------------------------------
Ref:MSG0391822_8c1fA2kQ"""),

    dict(id="s13enb008", country="FR", loc="GB", date="2026-12-09T15:12", fmt="gmail", stage="reminder", ago=2,
         inv="FER-2026-0152", amt="3 960,00", due="2026-11-25",
         frm="Sanne de Wit <sanne@tramlijn.nl>",
         intent="paid", paid_on="2026-11-30",
         note="Dutch customer: SEPA transfer made on 30/11.",
         body="""Hi,

We paid this invoice on 30/11 by SEPA transfer from our ING account, reference FER-2026-0152. Maybe it is not matched yet on your side? I can send you the payment confirmation if needed.

Groetjes / best regards,
Sanne de Wit
Office & Finance | Tramlijn B.V.
+31 30 555 8821"""),

    dict(id="s13enb009", country="GB", date="2026-12-16T19:48", fmt="gmail", stage="firm", ago=2,
         inv="HD-4361", amt="8,400.00", due="2026-10-31",
         frm="Oliver Grant <ollie@quillmark.io>",
         intent="plan_request",
         note="Start-up short of cash asks to pay in instalments over three or four months; no date committed.",
         body="""Hi Sarah,

I'm sorry it's come to a third reminder, and I owe you a proper explanation rather than silence.

Our seed extension didn't close in November as planned (it's now expected in Q1), and we've been running very tight on cash since. I don't want to promise a date I can't keep, so I'd rather be upfront: we can't clear the full £8,400 in one go at the moment.

Would Halyard be open to us paying it in instalments over the next three or four months? I'm happy to sign something formal if that helps, and obviously we'll settle the balance straight away if the round closes sooner.

Could we have a quick call this week or early next? I'm free most afternoons.

Thanks, and sorry again,
Ollie

Oliver Grant
Co-founder & CEO, Quillmark
07700 900418

Quillmark Ltd · Registered in England and Wales No. 13027745 · 2nd Floor, 41 Luke Street, London EC2A 4DP"""),

    dict(id="s13enb010", country="US", date="2026-12-14T07:52", fmt="apple", stage="reminder", ago=3,
         inv="PW-10410", amt="1,350.00", due="2026-12-04",
         frm="Mike Dunleavy <mike@kettleandcrane.com>",
         intent="promise", promise_date="2026-12-18",
         note="Will pay on the 18th (December), typed on a phone.",
         body="""hey sorry been slammed. ill pay it on the 18th when our retainer from the big client clears

-mike

Sent from my iPhone"""),

    dict(id="s13enb011", country="GB", date="2026-12-10T09:02", fmt="bounce", stage="reminder",
         inv="HD-4402", amt="2,150.00", due="2026-11-30",
         rcpt="accounts@foxgloveevents.co.uk", status="5.1.10",
         mta="eu-west-2.amazonses.com", remote="foxgloveevents-co-uk.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         intent="bounce",
         note="Permanent delivery failure: recipient address not found.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
accounts@foxgloveevents.co.uk

This is a permanent error. The message will not be retried."""),

    dict(id="s13enb012", country="US", date="2026-12-17T22:14", off="-0800", fmt="gmail", stage="firm", ago=3,
         inv="PW-10415", amt="690.00", due="2026-12-01",
         frm="Carl Reyes <carl@lanternrowrealty.com>",
         intent="dispute",
         note="Angry: subscription cancelled in September, demands the invoice be voided.",
         body="""This is the THIRD time I'm replying about this.

We cancelled the dashboard subscription on September 28. I have the email from your account manager (Jared) confirming it. You have no business invoicing us for December, and I'm not paying $690 for a product we haven't logged into since September.

Void the invoice and confirm in writing. If I get another "reminder" I'm disputing it with our card company and leaving a review.

Carl Reyes
Managing Broker, Lantern Row Realty"""),

    dict(id="s13enb013", country="GB", date="2026-12-11T10:30", fmt="outlook", stage="reminder", ago=4,
         inv="HD-4409", amt="420.00", due="2026-11-30",
         frm="Robert Ainsley <r.ainsley@pelhamstroud.co.uk>",
         intent="contact_change", new_email="payables@pelhamstroud.co.uk",
         note="No longer handles supplier invoices; send reminders and invoices to the payables address.",
         body="""Hi,

Please note I no longer deal with supplier invoices – Jenna Wilks has taken over purchase ledger from this month. Can you update your records and send reminders and future invoices to her at payables@pelhamstroud.co.uk rather than to me?

I've forwarded this one on to her.

Thanks
Rob

Robert Ainsley ACA
Senior Manager
Pelham Stroud LLP Chartered Accountants
T: 01865 496 0140"""),

    dict(id="s13enb014", country="FR", loc="US", date="2026-12-30T17:20", off="-0500", fmt="html_gmail", stage="second_reminder", ago=7,
         inv="FER-2026-0139", amt="11 400,00", due="2026-11-30",
         frm="Mei Tanaka <mei.tanaka@orbitlinehealth.com>",
         intent="promise", promise_date="2027-01-05",
         note="US customer: wire will be initiated Tuesday, January 5; side question about bank charges (OUR/SHA) does not change the intent.",
         body="""Hi Claire,

Happy holidays! Sorry for the slow reply, half the team is out this week.

I checked with our controller. International wires need a second approver and he's back on Monday, so the wire will be initiated Tuesday, January 5. It usually takes 2-3 business days to reach a French account, so please allow for that on your end.

Quick question while I have you - is the amount EUR 11,400 exactly, with no bank fees deducted? Our bank asked if we're covering the charges (OUR) or sharing them (SHA).

Thanks,
Mei

Mei Tanaka
Finance Operations Manager | Orbitline Health
617-555-0183"""),

    dict(id="s13enb015", country="GB", date="2026-12-14T12:05", fmt="apple", stage="repeat", ago=0,
         inv="HD-4388", amt="275.00", due="2026-11-20",
         frm="Jess Parry <jess@jessparrywrites.co.uk>",
         intent="unsubscribe",
         note="Asks to stop the automated reminder emails; no payment statement.",
         body="""Hello,

Please stop sending me these automated emails. I get one every few days and it's not helpful. Please unsubscribe this address from your reminder system.

If someone at Halyard wants to talk about my account, they have my number.

Jess Parry"""),

    dict(id="s13enb016", country="US", date="2026-12-23T09:41", fmt="ooo", stage="reminder", ago=0,
         inv="PW-10421", amt="3,275.00", due="2026-12-15",
         frm="Calloway & Birch Accounts Payable <ap@callowaybirch.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Holiday closure auto-reply; office reopens Monday, January 4, 2027.",
         body="""Thank you for your message.

Calloway & Birch will be closed for the holidays from Thursday, December 24 through Friday, January 1. Our office reopens on Monday, January 4, 2027, and we will respond to your email as soon as possible after our return.

For tax-related emergencies, please call our main line at (410) 555-0127.

Wishing you a happy and healthy holiday season!
Calloway & Birch, CPAs"""),

    dict(id="s13enb017", country="GB", date="2026-12-18T15:22", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="HD-4356", amt="2,400.00", due="2026-11-13",
         frm="Fiona McLeish <fiona.mcleish@marloweandfinch.co.uk>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment of £1,500 made this afternoon; the £900 balance only vaguely promised for the new year.",
         body="""Hi Halyard accounts,

We've made a part payment of £1,500.00 against HD-4356 this afternoon by Faster Payment (ref MARLOWE PART HD4356).

The remaining £900.00 relates to the extra hosting migration work, which we're recharging to our client. We'll pay you once they've settled with us, which I'm told will be in the new year.

Sorry it's not the full amount – hope this helps before Christmas.

Kind regards,
Fiona McLeish
Finance Manager
Marlowe & Finch Ltd
0131 496 0892 | www.marloweandfinch.co.uk"""),

    dict(id="s13enb018", country="GB", date="2026-12-10T11:05", fmt="outlook", stage="final_notice", ago=2,
         inv="HD-4344", amt="1,125.00", due="2026-10-30",
         frm="Andrew Thornbury <andrew@thornburyprint.co.uk>",
         intent="other",
         note="Debtor company is in administration; claims go to the joint administrators as a proof of debt.",
         body="""Dear Sir/Madam,

I am writing to inform you that Thornbury Print & Display Limited entered administration on 3 December 2026, and Daniel Hallam and Priya Shah of Hallam Whitby Restructuring LLP were appointed as Joint Administrators.

The directors no longer have authority to make payments on the company's behalf. If you believe you are owed money, please submit a proof of debt to the Joint Administrators at creditors@hallamwhitby.co.uk, quoting reference THO/2026/118. A creditors' information pack will be sent to all known creditors shortly.

Please do not send further payment reminders to this address.

Yours faithfully,

Andrew Thornbury
Former Managing Director
Thornbury Print & Display Ltd (in Administration)"""),

    dict(id="s13enb019", country="GB", date="2026-12-14T09:37", fmt="gmail", stage="reminder", ago=0,
         inv="HD-4412", amt="1,080.00", due="2026-12-04",
         frm="Katie Lowther <katie@dunmoregrey.co.uk>",
         intent="promise", promise_date="2026-12-17",
         note="On the Thursday payment run (17th); reply on Monday 14 December.",
         body="""Morning,

This is on our list for the Thursday payment run (17th), so you should see it by the end of that day or Friday at the latest.

Best wishes,
Katie
--
Katie Lowther | Practice Manager
Dunmore Grey Accountancy Ltd
01904 496 0518"""),

    dict(id="s13enb020", country="US", date="2026-12-14T14:18", off="-0800", fmt="outlook", stage="second_reminder", ago=4,
         inv="PW-10397", amt="4,980.00", due="2026-11-25",
         frm="Linda Park <lpark@hollismarr.com>",
         intent="paid", paid_on="2026-12-11",
         note="Check no. 20417 mailed on 12/11.",
         body="""Good morning,

Our records show check no. 20417 in the amount of $4,980.00 was mailed to your Columbus address on 12/11, so it may well have crossed with your reminder. Please allow a few days for it to arrive.

If it hasn't arrived by the end of next week let me know and we'll put a stop on it and reissue.

Regards,

Linda Park
Accounting Department
Hollis, Marr & Abernathy PLLC
1200 Fifth Avenue, Suite 1800 | Seattle, WA 98101
T 206.555.0163

This message may contain confidential and/or privileged information. If you are not the intended recipient, please notify the sender immediately and delete this message."""),

    dict(id="s13enb021", country="FR", loc="GB", date="2026-12-08T16:44", fmt="gmail", stage="reminder", ago=1,
         inv="FER-2026-0150", amt="2 750,00", due="2026-11-30",
         frm="Hannah Cole <hannah.cole@greyhavenanalytics.co.uk>",
         intent="bank_details",
         note="Received an email announcing a new IBAN (suspected fraud); asks the firm to confirm which account is correct before paying.",
         body="""Hello,

Before we pay this I need to check something. Last week (2 December) we got an email supposedly from your accounts team saying Studio Ferlinge had moved banks and giving a new IBAN at a bank in Lithuania. The invoice PDF itself still shows your usual Crédit Mutuel IBAN.

Can you confirm, ideally by phone, which account is correct? We won't release anything until we hear back – it has all the hallmarks of invoice fraud and I'd rather be safe.

My direct line is +44 20 7946 0311.

Thanks,
Hannah Cole
Finance Lead, Greyhaven Analytics Ltd"""),

    dict(id="s13enb022", country="GB", date="2027-01-06T12:10", fmt="html_outlook", stage="firm", ago=2,
         inv="HD-4350", amt="5,760.00", due="2026-11-30",
         frm="Grace Osei <g.osei@ridleyosei.co.uk>",
         intent="dispute",
         note="Law firm refuses to pay the final instalment until the website defects are fixed; rejects statutory interest.",
         body="""Dear Halyard Digital,

Thank you for your reminder regarding invoice HD-4350.

I must point out that, as I explained to Callum on 27 November, we do not consider the website project complete. The enquiry form on the new site still does not deliver messages to our intake inbox, and we have lost at least two client enquiries as a result. The accessibility fixes agreed at the October review have also not been carried out.

Under clause 6.2 of our agreement the final instalment is payable on sign-off, and we have not signed off. We will therefore not be paying HD-4350 until these issues are resolved. Please also note that we do not accept the statutory interest and recovery charge referred to in your email.

I would be grateful if someone could contact me to arrange a date for the outstanding work.

Yours faithfully,

Grace Osei
Partner
Ridley Osei Solicitors
22 Colmore Row, Birmingham B3 2QD
T: 0121 496 0477

Ridley Osei Solicitors is the trading name of Ridley Osei Ltd, a company registered in England and Wales (No. 10244915). Authorised and regulated by the Solicitors Regulation Authority (SRA No. 612004)."""),

    dict(id="s13enb023", country="US", date="2027-01-11T17:40", off="-0700", fmt="gmail", stage="reminder", ago=4,
         inv="PW-10430", amt="2,640.00", due="2026-12-31",
         frm="Jordan Blake <jordan@copperlinebrands.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay 'this Friday 1/15' by ACH; W-9 request is secondary and does not hold up payment.",
         body="""Hi there,

Got it, thanks. We'll pay this Friday 1/15 by ACH.

One thing - our new bookkeeper says we don't have a W-9 on file for Pinewick. Could you send one over when you get a sec? It won't hold up this payment but we need it for 1099s.

Thanks!
Jordan

Jordan Blake | Ops & Finance
Copperline Brands
303.555.0145"""),

    dict(id="s13enb024", country="GB", date="2026-12-29T10:14", fmt="ooo", stage="reminder", ago=1,
         inv="HD-4425", amt="360.00", due="2026-12-18",
         frm="Sam Ferris <sam@ferrislane.co.uk>",
         intent="out_of_office", return_date="2027-01-11",
         note="On leave until Friday 8 January inclusive, so back Monday 11 January.",
         body="""Hi,

Thanks for your email. I'm on annual leave until Friday 8th January inclusive, with no access to emails.

If your query is about a client's tax return, please contact the office on 0117 496 0902 or email hello@ferrislane.co.uk and one of the team will help.

Happy New Year!

Sam Ferris
Ferris Lane Accounting"""),

    dict(id="s13enb025", country="US", date="2027-01-13T12:52", off="-0700", fmt="outlook", stage="final_notice", ago=2,
         inv=[("PW-10372", "3,600.00", "2026-10-31"), ("PW-10399", "3,600.00", "2026-11-30")],
         frm="Teresa Vaughn <tvaughn@summitridgecm.com>",
         intent="plan_request",
         note="Asks to pay the $7,200 balance monthly (around $1,200 a month), subject to the owner's sign-off; no date committed.",
         body="""Hello,

I understand these two invoices are overdue and I apologize that it's gotten to this point. We had an unexpected roof replacement at one of our associations that took most of our operating reserves in Q4.

We are not disputing the work. Would Pinewick be willing to accept monthly payments on the $7,200 balance, something like $1,200 a month, until it's cleared? I need to take any payment arrangement to our owner for sign-off, but I wanted to ask before this goes to collections.

Please let me know what would be acceptable.

Thank you,

Teresa Vaughn
Controller
Summit Ridge Community Management, LLC
7250 E Camelback Rd, Scottsdale, AZ 85251
(480) 555-0138"""),

    dict(id="s13enb026", country="FR", loc="GB", date="2026-12-21T18:03", fmt="gmail", stage="second_reminder", ago=4,
         inv="FER-2026-0144", amt="4 200,00", due="2026-11-20",
         frm="Javier Ortega <javier.ortega@valdemarsoftware.es>",
         intent="promise",
         note="Spanish customer: invoice approved, will be paid 'in the first days of January' - no single day.",
         body="""Hello Claire,

Sorry for the late answer. The invoice is approved, but our administration is closing the year and the payments to foreign suppliers are stopped until they finish. They told me it will be paid in the first days of January, when the new budget is opened.

I will tell you when I have the transfer confirmation.

Best regards,
Javier Ortega
Product Director
Valdemar Software S.L.
Calle de Orense 12, 28020 Madrid"""),

    dict(id="s13enb027", country="GB", date="2027-01-05T11:32", fmt="html_gmail", stage="reminder", ago=1,
         inv="HD-4431", amt="540.00", due="2026-12-31",
         frm="Anne-Marie Doyle <finance@hearthandhometrust.org.uk>",
         intent="paid", paid_on="2027-01-05",
         note="Paid today by card through the link; asks for a receipt (secondary).",
         body="""Hello,

Just to let you know I've paid this today using the card payment link in your email. I got a confirmation screen but no receipt email – could you send one across for our records?

Many thanks,

Anne-Marie Doyle
Finance & Office Administrator
Hearth & Home Trust
Registered charity no. 1098442
01632 960218"""),

    dict(id="s13enb028", country="US", date="2026-12-09T16:02", off="-0800", fmt="gmail", stage="reminder", ago=1,
         inv="PW-10406", amt="5,200.00", due="2026-12-01",
         frm="Priyanka Rao <priyanka@sidecarrobotics.com>",
         intent="copy_request",
         note="Cannot open the invoice link; asks for the invoice as a PDF sent to the AP inbox before it can be processed.",
         body="""Hi,

Our security settings block the "view invoice" link (it gets flagged as an external payment site), so I can't actually see the invoice. Could you email it to me as a PDF? It also needs to go to our AP inbox (ap@sidecarrobotics.com) since Bill.com only picks up invoices that come in there.

Once it's in the system it usually goes out within our normal net-15.

thanks,
Priyanka Rao
Office Manager, Sidecar Robotics"""),

    dict(id="s13enb029", country="GB", date="2027-01-08T14:26", fmt="outlook", stage="repeat", ago=3,
         inv="HD-4370", amt="2,850.00", due="2026-11-30",
         frm="Jenny Arkwright <jenny@kinsalepp.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="PA forwards the director's answer: 'end of the month' written on 8 January = 31 January.",
         body="""Hi,

Please see Mark's reply below re your invoice.

Kind regards,
Jenny

Jenny Arkwright
PA to Mark Kinsale
Kinsale Property Partners
0117 496 0611

________________________________
From: Mark Kinsale <mark@kinsalepp.co.uk>
Sent: 08 January 2027 13:58
To: Jenny Arkwright <jenny@kinsalepp.co.uk>
Subject: RE: FW: Reminder: invoice HD-4370 still unpaid – Halyard Digital Ltd

Jen - can you let them know we'll pay it end of the month with the rest of the Jan suppliers. Tenants' portal is fine now so no issue with the work.
M

Sent from my iPhone"""),

    dict(id="s13enb030", country="US", date="2026-12-16T10:58", off="-0600", fmt="outlook", stage="reminder", ago=2,
         inv="PW-10408", amt="4,850.00", due="2026-12-10",
         frm="Dev Malhotra <dev.malhotra@foundryninemedia.com>",
         intent="dispute",
         note="Contests $650 of unapproved extra hours over a $4,200 fixed quote; asks for a reissued invoice.",
         body="""Hi,

We can't approve PW-10408 as billed. The SOW for the Q4 attribution report was quoted at $4,200 fixed (see Pinewick proposal dated 9/14). The invoice adds 6.5 hours of "additional analysis" at $100/hr that nobody here requested or approved.

Please reissue the invoice at $4,200 and we'll process it right away. If you believe the extra hours were authorized, send me whatever approval you have and I'll take a look.

Thanks,
Dev Malhotra
Director of Finance
Foundry Nine Media
(312) 555-0179"""),

    dict(id="s13enb031", country="GB", date="2026-12-30T09:12", fmt="ooo", stage="second_reminder", ago=1,
         inv="HD-4398", amt="1,470.00", due="2026-12-11",
         frm="Lucy Pennington <lucy.pennington@harboursidebm.co.uk>",
         intent="out_of_office", return_date="2027-01-06",
         note="Auto-reply: returning on Wednesday 6 January.",
         body="""Thank you for your email. I am currently out of the office with limited access to email, returning on Wednesday 6 January.

If your enquiry relates to an emergency repair at one of our developments, please call our 24-hour line on 0345 496 0012. For service charge or accounts queries, please email accounts@harboursidebm.co.uk.

Best regards,
Lucy Pennington
Property Manager
Harbourside Block Management Ltd"""),

    dict(id="s13enb032", country="US", date="2027-01-07T17:45", fmt="gmail", stage="reminder", ago=3,
         inv="PW-10427", amt="850.00", due="2026-12-28",
         frm="Ben Whitaker <ben@tidewaterapps.com>",
         intent="promise", promise_date="2027-01-11",
         note="'Will pay Monday' written on Thursday 7 January = Monday 11 January.",
         body="""Will pay Monday.
-Ben"""),

    dict(id="s13enb033", country="FR", loc="GB", date="2027-01-05T09:48", fmt="outlook", stage="second_reminder", ago=1,
         inv="FER-2026-0141", amt="5 100,00", due="2026-12-15",
         frm="Chiara Bellini <amministrazione@lucernadigital.it>",
         intent="paid", paid_on="2026-12-22",
         note="Italian customer: bank transfer made on 22.12.2026.",
         body="""Good morning,

we made the bank transfer for invoice FER-2026-0141 on 22.12.2026, amount EUR 5.100,00, from Banca Intesa. In attachment you find the receipt (contabile).

Maybe it arrived after your reminder was prepared, because of the holidays. Please verify and let me know.

Best regards

Chiara Bellini
Amministrazione
Lucerna Digital S.r.l.
Via Tortona 31 – 20144 Milano
P.IVA 09876543210"""),

    dict(id="s13enb034", country="GB", date="2027-01-12T10:05", fmt="html_outlook", stage="reminder", ago=1,
         inv="HD-4436", amt="3,960.00", due="2027-01-04",
         frm="Marsden Housing Group Finance <finance@marsdenhousing.org.uk>",
         intent="contact_change", new_email="ap.invoices@marsdenhousing.org.uk",
         note="AP has moved to a shared service centre; invoices and reminders must go to the new AP address.",
         body="""Good morning,

Thank you for your email. Please note that Marsden Housing Group's accounts payable function has moved to our shared service centre from 1 January 2027.

All invoices, statements and payment reminders should now be sent to ap.invoices@marsdenhousing.org.uk only. Emails sent to individual staff members or to this finance@ mailbox will no longer be actioned.

Please update your records accordingly.

Kind regards,

Accounts Payable Team
Marsden Housing Group

Marsden Housing Group is a charitable Community Benefit Society registered in England (No. 7421) and a Registered Provider of Social Housing (L0998). This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed."""),

    dict(id="s13enb035", country="US", date="2027-01-14T20:11", fmt="gmail", stage="repeat", ago=2,
         inv="PW-10418", amt="240.00", due="2026-12-15",
         frm="Rowan Street Yoga <hello@rowanstreetyoga.com>",
         intent="unsubscribe",
         note="Curt request to be taken off the reminder list.",
         body="""Unsubscribe.

I've asked twice already. Take this email off your list."""),

    dict(id="s13enb036", country="GB", date="2027-01-12T13:27", fmt="gmail", stage="second_reminder", ago=1,
         inv="HD-4419", amt="1,320.00", due="2026-12-20",
         frm="Dan Okoro <dan@loopandlantern.games>",
         intent="paid", paid_on="2027-01-08",
         note="Paid 'last friday' written on Tuesday 12 January = Friday 8 January; typos.",
         body="""hiya, i paid this last friday?? should of gone thru by now, sent it from our starling acount ref was HD4419. can you check again and let me know

thx
Dan"""),

    dict(id="s13enb037", country="US", date="2027-01-15T09:36", fmt="ooo", stage="reminder", ago=0,
         inv="PW-10433", amt="6,000.00", due="2027-01-08",
         frm="Andrew Pruitt <apruitt@pruittkessler.com>",
         intent="out_of_office", return_date="2027-01-19",
         note="Out through Monday, January 18 (MLK Day), returns Tuesday, January 19.",
         body="""I am out of the office through Monday, January 18, and will return on Tuesday, January 19. I will have intermittent access to email during this time.

If you need immediate assistance, please contact my assistant, Rachel Kim, at rkim@pruittkessler.com or (212) 555-0172.

Thank you,
Andrew Pruitt
Pruitt Kessler LLP

This e-mail message is a confidential communication from Pruitt Kessler LLP and is intended only for the named recipient(s). If you have received this message in error, please notify the sender immediately and delete it."""),

    dict(id="s13enb038", country="GB", date="2027-01-14T20:40", fmt="tb", stage="firm", ago=3,
         inv="HD-4395", amt="780.00", due="2026-12-01",
         frm="Geoffrey Holt <treasurer@severnvalewildlife.org.uk>",
         intent="promise", promise_date="2027-01-20",
         note="Charity treasurer will transfer on the evening of the trustee meeting, Wednesday 20th (January); asks for late charges to be waived (secondary).",
         body="""Dear Halyard Digital,

Apologies for the delay with this invoice for the donations page work. As a small charity, all payments over £500 need to be approved by our trustees, and our January trustee meeting is on Wednesday 20th. I have put your invoice on the agenda and will make the bank transfer the same evening once it is approved.

I'd be grateful if the late payment charges could be waived given the circumstances, but I understand if not.

Yours sincerely,

Geoffrey Holt
Hon. Treasurer
Severn Vale Wildlife Rescue
Registered Charity No. 1156620"""),

    dict(id="s13enb039", country="FR", loc="US", date="2027-01-19T19:05", off="-0800", fmt="html_gmail", stage="reminder", ago=5,
         inv="FER-2027-0003", amt="9 600,00", due="2027-01-10",
         frm="Alex Moreno <alex@brightwater.app>",
         intent="dispute",
         note="US customer withholds the Phase 2 milestone payment until the design handoff is delivered.",
         body="""Hi Claire,

Thanks for the reminder, but we're holding this one. Invoice FER-2027-0003 is for the Phase 2 milestone (final Figma files + design system handoff), and we still haven't received the handoff. Last we heard from Théo was Dec 18, saying the files would be shared "first week of January" - nothing yet.

Per our contract the milestone payment is due on delivery, so we'll pay once we have the files and our team has confirmed they're complete. Can you check with Théo where this is?

Best,
Alex Moreno
Head of Design, Brightwater
(415) 555-0156"""),

    dict(id="s13enb040", country="GB", date="2026-12-15T14:02", fmt="outlook", stage="second_reminder", ago=1,
         inv=[("HD-4381", "620.00", "2026-11-10"), ("HD-4397", "620.00", "2026-12-10")],
         frm="Nadia Rahman <n.rahman@aldgatemews.co.uk>",
         intent="copy_request",
         note="Asks for a full statement of account to reconcile a £620 payment of 18 November before paying.",
         body="""Hi,

Could you please send us a full statement of account? Your reminder lists HD-4381 and HD-4397, but our ledger shows a payment to you of £620.00 on 18 November which I assumed was HD-4381. It may have been allocated to a different invoice on your side.

Once I can see everything that's open I'll get it sorted before we close for Christmas.

Thanks,
Nadia Rahman
Accounts Payable
Aldgate Mews Property Management Ltd
020 7946 0582"""),

    dict(id="s13enb041", country="US", date="2027-01-11T11:20", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("PW-10384", "1,950.00", "2026-11-30"), ("PW-10412", "1,950.00", "2026-12-15"), ("PW-10425", "1,950.00", "2026-12-31")],
         frm="Shauna Lee <accountspayable@meridianhealthfdn.org>",
         intent="paid", paid_on="2027-01-08",
         note="Two of three invoices paid by ACH on 1/8; the third only scheduled for 'our next payment run' (no date).",
         body="""Hello,

PW-10384 and PW-10412 were paid together by ACH on 1/8 ($3,900.00 total, trace 071000288451920). PW-10425 was received late in our system (after our year-end cutoff) and is scheduled for our next payment run.

Please let us know if you need a remittance advice.

Regards,
Shauna Lee
Accounts Payable
Meridian Health Foundation
Phone: 614-555-0197 | Fax: 614-555-0198"""),

    dict(id="s13enb042", country="GB", date="2027-01-20T21:34", fmt="apple", stage="final_notice", ago=2,
         inv="HD-4403", amt="1,980.00", due="2026-12-05",
         frm="Gary Nolan <gary@ironworksgym.co.uk>",
         intent="plan_request",
         note="Gym owner asks to pay monthly, a few hundred a month; no date committed.",
         body="""look i know its overdue and im not trying to dodge it. january is dead for gyms til people come back and i just havent got 2k sitting there. can i pay it off monthly? few hundred a month. let me know before you send it to debt collectors

gary

Sent from my iPhone"""),

    dict(id="s13enb043", country="US", date="2027-01-21T10:44", fmt="outlook", stage="reminder", ago=3,
         inv="PW-10438", amt="8,250.00", due="2027-01-15",
         frm="Marcus Bell <mbell@harrowpointcap.com>",
         intent="bank_details",
         note="Needs the firm's ACH banking details (with bank letter) before releasing payment.",
         body="""Hi,

We are moving all our vendors from check to ACH starting this quarter, and we don't have banking information on file for Pinewick Analytics. Before we can release payment on PW-10438 we need:

- Bank name and ABA routing number
- Account number and account type
- A voided check or a letter on bank letterhead confirming the account is in Pinewick Analytics LLC's name

Please do not send account details in the body of an email. You can upload them securely through our vendor portal at https://vendors.harrowpointcap.com (invite code HPC-7731), or call me to confirm verbally.

Thanks,
Marcus Bell
Vendor Management | Harrow Point Capital
(203) 555-0164"""),

    dict(id="s13enb044", country="FR", loc="GB", date="2027-01-22T11:09", fmt="gmail", stage="second_reminder", ago=3,
         inv="FER-2026-0156", amt="2 480,00", due="2026-12-31",
         frm="Inês Carvalho <ines@marelabs.pt>",
         intent="promise",
         note="Portuguese customer: 'it will be paid next week' - no single day.",
         body="""Hi,

Sorry!! I was sure this was paid already. Our accountant changed in January and some transfers were lost in the middle. I already asked him to do it, it will be paid next week.

Obrigada,
Inês Carvalho
Maré Labs
+351 21 555 0934"""),

    dict(id="s13enb045", country="US", date="2027-01-25T16:15", off="-0800", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="PW-10429", amt="14,300.00", due="2027-01-04",
         frm="Karen Ostrowski <ap@cascadiafreight.com>",
         intent="promise", promise_date="2027-01-29",
         note="AP: approved and scheduled for payment on 01/29/2027 via ACH.",
         body="""Good afternoon,

Thank you for contacting Cascadia Freight Systems Accounts Payable.

Invoice PW-10429 ($14,300.00) has been approved and is scheduled for payment on 01/29/2027 via ACH, in line with our standard payment cycle. Please allow 1-2 business days for funds to be credited.

Please note that Cascadia pays on Net 45 from the date an invoice is received. Invoices received on or after 12/20 were also subject to our holiday processing delay.

Regards,

Karen Ostrowski
Accounts Payable Specialist
Cascadia Freight Systems, Inc.
Procurement & Payables | Portland, OR
ap@cascadiafreight.com"""),

    dict(id="s13enb046", country="FR", loc="GB", date="2027-01-14T16:27", fmt="apple", stage="reminder", ago=2,
         inv="FER-2026-0158", amt="1 850,00", due="2027-01-05",
         frm="Niamh Gallagher <niamh@corribinsights.ie>",
         intent="promise", promise_date="2027-01-18",
         note="Irish customer: will pay on Monday the 18th (January).",
         body="""Hi Claire,

Apologies, my French is nowhere near good enough for your reminder but I got the gist! That's on me – I had it flagged and then Christmas happened.

I'll pay it on Monday the 18th when our payroll's gone out.

Thanks a million,
Niamh

Niamh Gallagher
Founder, Corrib Insights
+353 91 555 402"""),

    dict(id="s13enb047", country="US", date="2027-01-06T09:31", fmt="ooo", stage="repeat", ago=0,
         inv="PW-10401", amt="2,725.00", due="2026-12-05",
         frm="Larkspur AP Helpdesk <aphelp@larkspurhg.com>",
         subj="[#AP-58214] Reminder: invoice PW-10401 still unpaid – Pinewick Analytics LLC",
         intent="other",
         note="Automatic ticket acknowledgement from an AP helpdesk: nobody is away, no payment statement, no return date.",
         body="""Dear Vendor,

Thank you for contacting Larkspur Hospitality Group Accounts Payable. This is an automated response confirming that we have received your email and a ticket has been created.

Ticket number: #AP-58214
Subject: Reminder: invoice PW-10401 still unpaid – Pinewick Analytics LLC

Our team aims to respond to all vendor inquiries within 5 business days. Response times may be longer during our fiscal year-end close (January 4-15).

To check the status of an invoice, you can also log in to the Larkspur Supplier Portal at https://suppliers.larkspurhg.com.

Please do not reply to this message, as replies will create a new ticket.

Larkspur Hospitality Group | Accounts Payable Shared Services"""),

    dict(id="s13enb048", country="US", date="2027-01-26T09:15", off="-0600", fmt="apple", stage="reminder", ago=1,
         inv="PW-10440", amt="1,575.00", due="2027-01-15",
         frm="Rachel Tran <rachel@tallgrassmarketing.co>",
         intent="other",
         note="Passed to the company's bookkeeper, who will reply; no new address given for reminders.",
         body="""Hi - I've forwarded this to our bookkeeper, Deb Hensley, who handles all our bills. She'll get back to you.

Rachel

Rachel Tran
Owner, Tallgrass Marketing Co.
(816) 555-0121"""),

    dict(id="s13enb049", country="GB", date="2027-01-18T10:03", fmt="tb", stage="reminder", ago=4,
         inv="HD-4441", amt="612.00", due="2027-01-10",
         frm="Colin Ashby <clerks@wexfordstreetchambers.co.uk>",
         intent="paid", paid_on="2027-01-14",
         note="Barristers' chambers: BACS payment made on 14/01/2027.",
         body="""Dear Accounts,

Payment of £612.00 was made by BACS on 14/01/2027 under reference HD-4441. Remittance attached.

Regards,

Colin Ashby
Senior Clerk
Wexford Street Chambers
3 Wexford Street, Manchester M2 4NH
DX 14320 Manchester
Tel: 0161 496 0350"""),

    dict(id="s13enb050", country="FR", loc="GB", date="2027-01-27T20:30", fmt="gmail", stage="reminder", ago=2,
         inv="FER-2027-0011", amt="3 200,00", due="2027-01-20",
         frm="Linnea Berg <linnea.berg@gmail.com>",
         intent="other",
         note="Wrong recipient: she left the customer company and does not know who handles invoices; no new address.",
         body="""Hi,

I think this has been sent to the wrong person. I left Fjällstig AB at the end of October and I'm not involved with their invoices anymore (I also don't read French, so I had to use Google Translate to see what it was!).

I don't know who handles suppliers there now, sorry – maybe try the general address on their website.

Best,
Linnea Berg"""),
]
