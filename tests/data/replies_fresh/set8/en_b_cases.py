"""Part en_b: handwritten debtor replies (US customers of Ridgeline Technology Partners LLC, GB customers of Fenwick Hale Cleaning Services Ltd)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s8enb001", country="US", date="2026-12-08T10:42", fmt="html_outlook", stage="reminder", ago=1,
         inv="RTP-10482", amt="1,875.00", due="2026-11-30",
         frm="Denise Kowalski <dkowalski@branniganholt.com>",
         intent="promise", promise_date="2026-12-11",
         note="Check goes out in Friday's check run (the 11th); the ACH question is secondary.",
         body="""Hi,

Thanks for the reminder. This one slipped through while our bookkeeper was out last week. I've approved it and it will go out in Friday's check run, so you should see a check mailed on the 11th.

Also, would you rather we pay by ACH going forward? We're happy to switch if that's easier on your end, just let me know what you need from us.

Best regards,

Denise Kowalski
Office Manager
Brannigan & Holt LLP
425 Walnut Street, Suite 1200 | Cincinnati, OH 45202
T (513) 555-0142 | F (513) 555-0143

CONFIDENTIALITY NOTICE: This e-mail message and any attachments are intended only for the named recipient(s) and may contain information that is privileged, confidential or exempt from disclosure under applicable law. If you have received this message in error, please notify the sender immediately and delete it."""),

    dict(id="s8enb002", country="GB", date="2026-12-09T16:20", fmt="gmail", stage="second_reminder", ago=2,
         inv="FH-26-0874", amt="642.00", due="2026-11-20",
         frm="Gemma Rourke <accounts@harbourviewhotel.co.uk>",
         intent="paid", paid_on="2026-12-08",
         note="Paid by BACS 'yesterday' = 8 December.",
         body="""Hi there,

This was paid by BACS yesterday afternoon, so it should be with you now or tomorrow at the latest. Reference used was FH-26-0874 HARBOUR VIEW.

Thanks
Gemma

--
Gemma Rourke
Front of House & Accounts
The Harbour View Hotel, Weston-super-Mare
01934 555 218"""),

    dict(id="s8enb003", country="US", date="2026-12-10T14:05", fmt="outlook", stage="reminder", ago=3,
         inv="RTP-10455", amt="4,320.00", due="2026-11-25",
         frm="Accounts Payable <ap.support@meridianfreight.com>",
         intent="copy_request",
         note="AP cannot pay without a PO number; invoice must be resubmitted with a PO via the supplier portal.",
         body="""Hello,

We are unable to process invoice RTP-10455 as it does not reference a valid purchase order. All invoices to Meridian Freight Holdings must include a PO number and be submitted through our Coupa supplier portal. Invoices e-mailed to this mailbox are not entered into our system.

Please obtain the PO number from your requester (this work appears to have been requested by IT Infrastructure, Raj Menon) and resubmit the invoice in Coupa. Once it has been received and matched to the PO it will be scheduled for payment under our standard net 45 terms.

Thank you,

Accounts Payable
Meridian Freight Holdings, Inc.
ap.support@meridianfreight.com
This mailbox is monitored Monday-Friday, 8:00 a.m. - 5:00 p.m. ET."""),

    dict(id="s8enb004", country="US", date="2026-12-18T09:31", fmt="ooo", ago=0,
         inv="RTP-10517", amt="980.00", due="2026-12-15",
         frm="Tanya Ruiz <truiz@glenmoorproperties.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply; returns Monday, January 4.",
         body="""Thank you for your email.

I am out of the office from December 18 through January 1 with limited access to email. I will return on Monday, January 4.

For urgent accounts payable matters please contact Greg Lindqvist at glindqvist@glenmoorproperties.com or (216) 555-0913.

Happy holidays!

Tanya Ruiz
Staff Accountant | Glenmoor Property Group"""),

    dict(id="s8enb005", country="GB", date="2026-12-10T11:15", fmt="tb", stage="second_reminder", ago=3,
         inv="FH-26-0851", amt="1,140.00", due="2026-11-30",
         frm="Martin Leckie <m.leckie@avonsevernpm.co.uk>",
         intent="dispute",
         note="Contests the amount: two missed visits billed; invoice on hold until a revised one is sent.",
         body="""I'm replying to this because frankly I'm amazed you're chasing it.

Your team did not turn up at Clifton Court on the 12th or the 19th of November, and I had residents ringing me about the bin store and the stairwells. The invoice charges for every visit in the month as if nothing happened. I rang your office on the 20th and was told someone would call me back. Nobody did.

I'm not paying £1,140 for a service we didn't get. Send me a revised invoice for the visits that actually took place, less the two missed ones, and I'll get it approved. Until then this is on hold.

Martin Leckie
Block Manager
Avon & Severn Property Management
0117 555 7730"""),

    dict(id="s8enb006", country="US", date="2026-12-11T13:40", fmt="gmail", stage="reminder", ago=4,
         inv="RTP-10470", amt="615.00", due="2026-11-28",
         frm="Lakeside Family Dental <billing@lakesidefamilydental.com>",
         intent="paid", paid_on="2026-12-09",
         note="ACH sent 12/9 (month-first US date).",
         body="""Hi Ridgeline team,

We sent this by ACH on 12/9, confirmation # 0049812273. It can take 1-2 business days to show up on your end so it probably crossed with your email.

Thanks!
Kristen

Lakeside Family Dental
Billing / Front Desk
(614) 555-2290"""),

    dict(id="s8enb007", country="US", date="2026-12-14T22:47", fmt="gmail", stage="firm", ago=4,
         inv=[("RTP-10398", "3,600.00", "2026-10-31"), ("RTP-10452", "3,600.00", "2026-11-30")],
         frm="Sam Okafor <sam@tillwise.io>",
         intent="promise",
         note="Will pay both when the bridge round closes in early January: a window, no single date.",
         body="""Hey - sorry, I know we're behind on both of these. Totally on us, not you.

We have a bridge round closing in early January and I'll clear both invoices as soon as the wire lands. I'd rather not give you an exact date I can't hit, but it's weeks, not months.

Please don't cut off the helpdesk in the meantime, the team really relies on it.

Sam

--
Sam Okafor
Co-founder & CEO, Tillwise
sent from my phone, excuse typos"""),

    dict(id="s8enb008", country="GB", date="2026-12-09T12:10", fmt="html_outlook", stage="reminder", ago=2,
         inv="FH-26-0860", amt="2,385.00", due="2026-11-30",
         frm="Helen Barraclough <h.barraclough@staldhelms.wessexlt.org.uk>",
         intent="promise", promise_date="2026-12-17",
         note="Included in the Trust's BACS run on Thursday 17th December.",
         body="""Dear Fenwick Hale,

Thank you for your email. Apologies for the delay. The invoice was held while we confirmed the additional deep clean of the sports hall with our site manager, which has now been signed off.

Payment has been authorised and will be included in the Trust's next BACS run on Thursday 17th December. Please allow a day for it to clear.

Kind regards,

Helen Barraclough
School Business Manager
St Aldhelm's C of E Primary School
Part of the Wessex Learning Trust
Tel: 01225 555 410

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Any views expressed are those of the author and do not necessarily represent those of the Wessex Learning Trust."""),

    dict(id="s8enb009", country="US", date="2027-01-06T19:12", fmt="apple", stage="second_reminder", ago=2,
         inv="RTP-10530", amt="240.00", due="2026-12-20",
         frm="Marco Bellini <marco@bellinidesign.co>",
         intent="promise", promise_date="2027-01-08",
         note="'this fri' from Wednesday 6 January = Friday 8 January.",
         body="""ok will pay this fri, sorry got buried over the holidays

Sent from my iPhone"""),

    dict(id="s8enb010", country="GB", date="2026-12-15T10:02", fmt="gmail", stage="reminder", ago=1,
         inv="FH-26-0902", amt="310.00", due="2026-12-05",
         frm="Bramble & Thread <hello@brambleandthread.co.uk>",
         intent="other",
         note="Passed to the bookkeeper who comes in on Thursdays; no payment commitment, no new contact.",
         body="""Morning,

I don't do the payments myself, our bookkeeper Sue handles all of that and she's only in on Thursdays. I've printed this off and left it on her desk so she'll see it then.

Thanks
Lorraine

Bramble & Thread
22 Cheap Street, Frome"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s8enb011", country="GB", date="2026-12-16T09:48", fmt="html_outlook", stage="reminder", ago=2,
         inv="FH-26-0888", amt="1,560.00", due="2026-11-30",
         frm="Priya Sandhu <priya.sandhu@nhs.net>",
         intent="bank_details",
         note="Suspects a fraudulent change-of-bank-details email; asks the firm to confirm its bank details by phone.",
         body="""Good morning,

Before we pay this, could somebody please confirm your bank details by phone?

Last week we received an email, apparently from your accounts team, saying Fenwick Hale had moved banks and giving a new sort code and account number with Metro Bank. It didn't look quite right to us, the sender's address ended in .co rather than .co.uk.

We have not changed anything on our side and will keep the account we already have on file unless you confirm otherwise. Could someone ring me on the number below?

Many thanks,

Priya Sandhu
Practice Manager
Kingsweston Medical Practice
Tel: 0117 555 6021

********************************************************************
This message may contain confidential information. If you are not the intended recipient please inform the sender that you have received the message in error before deleting it. Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents."""),

    dict(id="s8enb012", country="US", date="2027-01-12T11:30", fmt="gmail", stage="firm", ago=5,
         inv="RTP-10488", amt="2,140.00", due="2026-12-01",
         frm="Diane Marsh <diane@copperkettlehome.com>",
         intent="plan_request",
         note="Asks to split the balance into 3-4 payments, no schedule committed.",
         body="""Hi,

I own Copper Kettle Home Goods, I'm the one who set up the new POS install with your guys back in November. I'm not ignoring this. Holiday sales came in well under what we projected and January is always our slowest month.

Would it be possible to split the $2,140 into three or four payments over the next few months? I can't give you a firm schedule until I see how the month shapes up, but I do want to get it paid and keep working with you.

Thanks for understanding,
Diane Marsh
Copper Kettle Home Goods
Zanesville, OH"""),

    dict(id="s8enb013", country="US", date="2026-12-17T15:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="RTP-10461", amt="2,950.00", due="2026-11-20",
         frm="Rosa Delgado <rdelgado@alvarezpeds.com>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment of $1,500 by check on 12/15; balance held until the second workstation is installed.",
         body="""Hello,

We paid $1,500.00 toward invoice RTP-10461 on 12/15 by check #7734. Dr. Alvarez has approved the remaining $1,450.00 to be paid once the second workstation is actually installed, which per your tech should be the first week of January.

Please apply the payment and send us an updated statement.

Thank you,

Rosa Delgado
Practice Administrator
Alvarez Pediatrics, PC
(330) 555-8141"""),

    dict(id="s8enb014", country="GB", date="2026-12-23T08:15", fmt="ooo", ago=1,
         inv="FH-26-0915", amt="725.00", due="2026-12-18",
         frm="Hallett Greaves Solicitors <reception@hallettgreaves.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed for Christmas, reopens Monday 4th January.",
         body="""Thank you for your email.

Our offices are now closed for the Christmas and New Year period and will reopen at 9.00am on Monday 4th January. Emails received during this time will be dealt with on our return.

If your matter relates to an urgent court deadline, please call 0117 555 9480 and follow the instructions for the duty solicitor.

We wish you a very happy Christmas.

Hallett Greaves Solicitors LLP
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 618204). A list of members is available at our registered office, 9 Queen Square, Bristol BS1 4JQ."""),

    dict(id="s8enb015", country="US", date="2026-12-21T08:55", fmt="gmail", stage="repeat", ago=4,
         inv="RTP-10502", amt="450.00", due="2026-11-15",
         frm="J. Whitcomb <jwhitcomb.consulting@gmail.com>",
         intent="unsubscribe",
         note="Asks to be taken off the automated reminder list.",
         body="""Please stop sending me these automated emails. This is the fourth one this month. I get the invoice, I pay the invoice, I don't need a robot reminding me every three days.

Take this address off your reminder list.

J. Whitcomb"""),

    dict(id="s8enb016", country="GB", date="2027-01-05T14:33", fmt="apple", stage="reminder", ago=1,
         inv="FH-26-0931", amt="198.00", due="2026-12-31",
         frm="Jo Pickering <jo@wildstemsflowers.co.uk>",
         intent="promise", promise_date="2027-01-15",
         note="'by the 15th' from 5 January = 15 January.",
         body="""Hi, sorry about this, I've been off over Christmas and only just opened the laptop. I'll get it paid by the 15th at the latest when the month's takings go in. Hope that's ok.

Jo

Sent from my iPad"""),

    dict(id="s8enb017", country="US", date="2026-12-16T16:10", fmt="html_outlook", stage="reminder", ago=2,
         inv="RTP-10509", amt="11,440.00", due="2026-12-10",
         frm="Alan Prescott <alan.prescott@corvane.com>",
         intent="dispute",
         note="Disputes 24 unapproved contractor hours; invoice held until corrected or supported.",
         body="""Hi Ridgeline Billing,

We're disputing invoice RTP-10509 (contract staffing, November). The invoice bills 176 hours for your contractor Kevin Tran at $65/hr. Our approved timesheets in Fieldglass show 152 hours for 11/1 - 11/30. The difference, 24 hours or $1,560.00, was never submitted for approval.

Please issue a corrected invoice for $9,880.00, or send us approved timesheets supporting the additional hours. The invoice will stay on hold until then.

Regards,

Alan Prescott
IT Vendor Management
Corvane Insurance Group
alan.prescott@corvane.com | (614) 555-3307"""),

    dict(id="s8enb018", country="US", date="2026-12-09T10:25", fmt="gmail", stage="reminder", ago=2,
         inv="RTP-10476", amt="520.00", due="2026-11-30",
         frm="Brian Holcomb <gm@riversidesuitesdayton.com>",
         intent="contact_change", new_email="accounting@riversidesuitesdayton.com",
         note="Asks that invoices and reminders go to the accounting office address.",
         body="""Hi,

I'm the GM here but I don't handle payables. Can you please send invoices and reminders to our accounting office at accounting@riversidesuitesdayton.com? They process everything for our three properties.

I'll forward this one over to them today.

Thanks,
Brian Holcomb
General Manager
Riverside Suites Dayton
(937) 555-0120"""),

    dict(id="s8enb019", country="GB", date="2026-12-16T11:40", fmt="tb", stage="second_reminder", ago=2,
         inv="FH-26-0869", amt="276.00", due="2026-11-25",
         frm="Margaret Ellery <pcc.treasurer@stmichaelsbishopston.org.uk>",
         intent="paid", paid_on="2026-12-14",
         note="Cheque posted on Monday 14th.",
         body="""Dear Sir or Madam,

A cheque for £276.00 was posted to your Avonbank address on Monday (14th), so I expect our letters crossed. I'm afraid the cheque has to be countersigned by one of the churchwardens, which is why it has taken a little longer than it should.

Please do let me know if it hasn't arrived by the end of the week, as the Christmas post is not what it was.

With best wishes,

Margaret Ellery
Hon. Treasurer
St Michael and All Angels PCC, Bishopston
Registered Charity No. 1131907"""),

    dict(id="s8enb020", country="US", date="2027-01-05T13:20", fmt="outlook", stage="second_reminder", ago=1,
         inv="RTP-10491", amt="6,750.00", due="2026-12-15",
         frm="Carol Pennington <cpennington@lickingvalley.k12.oh.us>",
         intent="promise", promise_date="2027-01-14",
         note="Board approves on Jan 12; checks mailed the Thursday after = January 14 (stated).",
         body="""Good afternoon,

Invoice RTP-10491 has been entered and is on the bills list for approval at the Board of Education meeting on Tuesday, January 12. Checks for approved bills are printed and mailed the Thursday after the meeting, so you should expect payment to be mailed on January 14.

We are not able to release payment before board approval. Please let me know if the remit-to address on the invoice has changed.

Sincerely,

Carol Pennington
Accounts Payable Clerk
Licking Valley Local School District
(740) 555-0168 ext. 2104"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s8enb021", country="US", date="2027-01-04T09:31", fmt="ooo", ago=0,
         inv="RTP-10524", amt="1,310.00", due="2026-12-28",
         frm="Nicole Brandt <nbrandt@hartwellmfg.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Out 'through Friday, 1/8': first working day back is Monday January 11.",
         body="""Thanks for your message. I'm out of the office through Friday, 1/8 and checking email only intermittently.

For invoice or payment status questions please email payables@hartwellmfg.com and someone on the team will get back to you.

- Nicole

Nicole Brandt | AP Specialist
Hartwell Manufacturing Co."""),

    dict(id="s8enb022", country="GB", date="2026-12-11T10:50", fmt="outlook", stage="reminder", ago=4,
         inv="FH-26-0877", amt="3,120.00", due="2026-11-30",
         frm="Oliver Chaudhry <ops@themarlowebath.co.uk>",
         intent="copy_request",
         note="Needs the invoice re-issued to the registered office with a PO number before finance can pay.",
         body="""Hello,

Our finance team in Birmingham can't process this one: the invoice is addressed to the hotel rather than to our registered office, and there's no PO number on it.

Could you please re-issue FH-26-0877 addressed to Calder Hospitality Group Ltd, 3 Brindley Place, Birmingham B1 2JB, quoting PO 4500218873, and send it back to me? As soon as I have the corrected VAT invoice I'll push it through.

Thanks,

Oliver Chaudhry
Operations Manager
The Marlowe Hotel, Bath
01225 555 733"""),

    dict(id="s8enb023", country="US", date="2026-12-22T21:05", fmt="html_gmail", stage="reminder", ago=1,
         inv="RTP-10521", amt="365.00", due="2026-12-15",
         frm="Hannah Lowry <hannah@hannahlowryphoto.com>",
         intent="paid", paid_on="2026-12-22",
         note="'Just paid' through the online link the same evening.",
         body="""Hi!

Just paid this through the link in your email, confirmation # PMT-88213. Sorry for the delay, December has been nuts with holiday sessions.

Thanks again for rescuing my laptop last month. Merry Christmas!

Hannah

--
Hannah Lowry Photography
hannahlowryphoto.com | (614) 555-7702"""),

    dict(id="s8enb024", country="US", date="2027-01-08T12:14", fmt="gmail", stage="heads_up", ago=3,
         inv="RTP-10547", amt="1,980.00", due="2027-01-15",
         frm="Leah Sorensen <leah@brightpathpt.com>",
         intent="other",
         note="Question about paying by credit card and the fee; no commitment to pay on a date.",
         body="""Hi,

Quick question before this comes due. Can we pay with a company credit card through your payment page, and if so, is there a processing fee? Our CFO prefers to put vendor invoices on the Amex when possible, but if the fee is over 3% we'll just do ACH instead.

Thanks,
Leah Sorensen
Operations Manager
Brightpath Physical Therapy
(614) 555-4418"""),

    dict(id="s8enb025", country="GB", date="2026-12-18T23:10", fmt="gmail", stage="second_reminder", ago=4,
         inv="FH-26-0893", amt="384.00", due="2026-12-01",
         frm="Dave Holloway <theredlionchewmagna@gmail.com>",
         intent="promise",
         note="Will pay 'after christmas': vague time, no date.",
         body="""sorry mate been mad busy with xmas bookings, will sort it after christmas when things calm down. not forgotten

dave
the red lion"""),

    dict(id="s8enb026", country="US", date="2026-12-10T09:40", fmt="outlook", stage="reminder", ago=3,
         inv=[("RTP-10466", "890.00", "2026-11-27"), ("RTP-10479", "890.00", "2026-11-30")],
         frm="Jeff Anand <janand@keystoneresidential.com>",
         intent="dispute",
         note="Says the two invoices bill the same work twice; asks which is valid and to void the other before paying.",
         body="""Hi,

These two invoices appear to be for the same work. Both are for the server migration at our Westerville office, both are $890.00 and both reference the same ticket (#48817). We haven't paid either one yet because we assumed one of them was sent in error.

Can you confirm which one is valid and void the other? We'll pay the correct one once we hear back.

Thanks,

Jeff Anand
Controller
Keystone Residential Management
O: (614) 555-6650"""),

    dict(id="s8enb027", country="US", date="2027-01-13T10:05", fmt="html_outlook", stage="reminder", ago=2,
         inv="RTP-10538", amt="2,275.00", due="2027-01-05",
         frm="Maribel Ortiz <mortiz@sunburyhealth.org>",
         intent="bank_details",
         note="Asks for the firm's ACH bank details on signed letterhead so it can pay electronically.",
         body="""Good morning,

We would like to pay this invoice by ACH rather than by check. Our vendor master policy requires bank details to be provided on company letterhead, signed, and then verified by a phone call to a known contact before we can set them up.

Could you send us your routing and account number in that format, along with a voided check or a bank letter if you have one? Once the details are verified, this invoice will be released in the next ACH run.

Regards,

Maribel Ortiz
Vendor Maintenance | Accounts Payable
Sunbury Health Partners
mortiz@sunburyhealth.org | (740) 555-2031

This message is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged, confidential and exempt from disclosure under applicable law, including HIPAA."""),

    dict(id="s8enb028", country="GB", date="2027-01-19T15:45", fmt="gmail", stage="firm", ago=5,
         inv="FH-26-0947", amt="860.00", due="2026-12-20",
         frm="Rachel Dunmore <manager@littleacornspreschool.org.uk>",
         intent="plan_request",
         note="Charity asks to pay in two or three instalments or wait for funding; no date committed.",
         body="""Dear Fenwick Hale team,

I'm writing on behalf of Little Acorns Pre-School. We're a small charity and our spring term funding from the council hasn't come through yet. It usually arrives some time in February, but there's no firm date.

Would you be willing to let us pay the £860 in two or three instalments? Our treasurer would much prefer that to holding the whole amount back. Alternatively, if you could give us until the funding arrives, we would be very grateful.

Kind regards,

Rachel Dunmore
Pre-School Manager
Little Acorns Pre-School
Registered Charity No. 1094471
07700 900318"""),

    dict(id="s8enb029", country="US", date="2027-01-14T17:48", fmt="apple", stage="firm", ago=3,
         inv="RTP-10515", amt="720.00", due="2026-12-12",
         frm="Tyler Brooks <tyler@brooksframeworks.com>",
         intent="promise",
         note="'next week': a window, no single date.",
         body="""Hey, I know. My client paid me late too so I'm waiting on that. I'll take care of it next week, promise.

Tyler

Sent from my iPhone"""),

    dict(id="s8enb030", country="GB", date="2027-01-11T09:04", fmt="ooo", ago=0,
         inv="FH-26-0940", amt="455.00", due="2026-12-31",
         frm="Maya Griffiths <maya@redlandlets.co.uk>",
         intent="out_of_office", return_date="2027-01-19",
         note="Annual leave, back in the office on Tuesday 19th January.",
         body="""Hi,

Thanks for your email. I'm currently on annual leave and will be back in the office on Tuesday 19th January.

For anything to do with maintenance or contractor invoices, please contact Tom on tom@redlandlets.co.uk or call the office on 0117 555 2964.

Best wishes,
Maya

Maya Griffiths
Lettings Administrator
Redland Lets"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s8enb031", country="US", date="2026-12-21T14:30", fmt="outlook", stage="second_reminder", ago=4,
         inv=[("RTP-10449", "1,200.00", "2026-11-15"), ("RTP-10473", "1,200.00", "2026-11-30")],
         frm="Shawna Reed <sreed@crestviewtitle.com>",
         intent="paid", paid_on="2026-12-17",
         note="Both invoices paid in the 12/17 check run with one check.",
         body="""Hi,

Both of these were paid in our 12/17 check run, check #20418 for $2,400.00, mailed to your Polaris Pkwy address. It probably crossed with your reminder. If it hasn't arrived by the end of the month let me know and I'll have it stopped and reissued.

Shawna Reed
Accounting
Crestview Title Agency
(614) 555-1862"""),

    dict(id="s8enb032", country="US", date="2026-12-14T11:20", fmt="html_outlook", stage="reminder", ago=3,
         inv="RTP-10493", amt="7,800.00", due="2026-12-06",
         frm="Accounts Payable - Vantor Logistics <payables@vantorlogistics.com>",
         intent="promise", promise_date="2027-01-20",
         note="Disagrees with the due date (net 45 from receipt) but schedules the payment for the 1/20 ACH run.",
         body="""Hello,

Per our Master Services Agreement with Ridgeline, payment terms are net 45 from the date the invoice is received in our supplier portal. Invoice RTP-10493 was received on 12/6/2026, so it is not past due.

The invoice is approved and scheduled for payment in our ACH run on 1/20/2027. Remittance advice will be sent to billing@ridgelinetp.com when the payment is released.

Please update your records so that future reminders reflect the contractual terms.

Thank you,

Accounts Payable
Vantor Logistics, Inc.
payables@vantorlogistics.com
Supplier inquiries: (800) 555-0146, option 3"""),

    dict(id="s8enb033", country="GB", date="2026-12-08T08:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="FH-26-0848", amt="520.00", due="2026-11-25",
         frm="Kevin Faulkner <kevin@faulknerwebb.co.uk>",
         intent="dispute",
         note="Angry complaint about cleaning quality; refuses to pay until it is put right.",
         body="""Are you serious?

Half the time your cleaner doesn't even empty the bins, the kitchen was filthy when we came in yesterday morning and I've sent photos to your supervisor TWICE. Not a word back.

You're not getting a penny of this until someone comes round and sorts it out properly. If this is how you treat your customers I'll be looking elsewhere in the new year.

K. Faulkner
Faulkner & Webb Estate Agents
Gloucester Road, Bristol"""),

    dict(id="s8enb034", country="US", date="2026-12-09T15:10", fmt="gmail", stage="reminder", ago=2,
         inv="RTP-10484", amt="1,050.00", due="2026-12-01",
         frm="Gwen Abbott <business.office@oakmontacademy.org>",
         intent="copy_request",
         note="Needs a signed W-9 before a check can be cut to a new vendor.",
         body="""Hi,

Our business office can't cut a check to a new vendor without a W-9 on file, and I don't have one for Ridgeline yet. Could you send a signed W-9 for Ridgeline Technology Partners LLC? As soon as I have it I'll set you up in our system and get this processed.

Thank you,

Mrs. Gwen Abbott
Business Office
Oakmont Christian Academy
(614) 555-3390"""),

    dict(id="s8enb035", country="US", date="2027-01-07T10:00", fmt="outlook", stage="final_notice", ago=2,
         inv="RTP-10441", amt="5,430.00", due="2026-11-10",
         frm="Harbor & Pine Outfitters - Finance <finance@harborpine.com>",
         intent="other",
         note="Chapter 11 filing: automatic stay, pre-petition claims go through the bankruptcy process.",
         body="""To whom it may concern:

Please be advised that on December 28, 2026, Harbor & Pine Outfitters, Inc. filed a voluntary petition for relief under Chapter 11 of the United States Bankruptcy Code in the United States Bankruptcy Court for the Southern District of Ohio (Case No. 26-53817).

As a result of the filing, an automatic stay is in effect under 11 U.S.C. § 362. The company is not permitted to pay pre-petition obligations, including the invoice referenced below, outside of the bankruptcy process. Any further collection activity, including reminders of this kind, may violate the automatic stay.

If you believe you hold a claim against the company, you may file a proof of claim with the Court. Information about the case, including claim forms and deadlines, is available from our claims agent at (888) 555-0177.

Regards,

Finance Department
Harbor & Pine Outfitters, Inc."""),

    dict(id="s8enb036", country="GB", date="2026-12-10T13:05", fmt="html_gmail", stage="reminder", ago=3,
         inv="FH-26-0863", amt="918.00", due="2026-11-30",
         frm="Sophie Marsh <practice@redcliffedental.co.uk>",
         intent="paid", paid_on="2026-12-03",
         note="Bank transfer on 3rd December.",
         body="""Hello,

We paid this on 3rd December by bank transfer, reference FH260863. Could you please check your records? I've attached the remittance from our bank in case it helps.

Kind regards,

Sophie Marsh
Practice Manager
Redcliffe Dental Care
0117 555 4090"""),

    dict(id="s8enb037", country="GB", date="2027-01-18T09:50", fmt="none", stage="heads_up", ago=4,
         inv="FH-27-0012", amt="640.00", due="2027-01-31",
         frm="Gareth Wynne <gareth@wynneandco-accountants.co.uk>",
         intent="unsubscribe",
         note="Asks to stop the advance reminders; no payment statement.",
         body="""Hi,

We pay all our suppliers on the due date without fail. We really don't need "friendly reminders" arriving two weeks before an invoice is even due.

Please unsubscribe this address from these emails.

Gareth Wynne
Wynne & Co Chartered Accountants"""),

    dict(id="s8enb038", country="GB", date="2027-01-20T20:15", fmt="gmail", stage="second_reminder", ago=2,
         inv="FH-26-0938", amt="145.00", due="2026-12-31",
         frm="Kerry Penrose <kerrypenrose77@hotmail.co.uk>",
         intent="promise", promise_date="2027-01-28",
         note="Will pay 'on the 28th' when her holiday-let payouts arrive.",
         body="""Hiya, really sorry, January is awful for bookings and I've been juggling. My payouts from the letting site come through on the 28th and I'll pay you that day, first thing.

Thanks for your patience, the cottage looked lovely after the new year changeover.

Kerry"""),

    dict(id="s8enb039", country="US", date="2026-12-21T09:32", fmt="ooo", ago=0,
         inv="RTP-10519", amt="3,140.00", due="2026-12-14",
         frm="Treasurer's Office <treasurer@westfieldcityschools.org>",
         intent="out_of_office", return_date="2027-01-05",
         note="District closed through Monday January 4: back Tuesday January 5.",
         body="""Thank you for contacting the Westfield City Schools Treasurer's Office.

District offices are closed for winter break through Monday, January 4, 2027. Messages will be answered in the order received once staff return.

Vendors: payment inquiries may also be submitted through the vendor portal on the district website.

Westfield City Schools | Office of the Treasurer/CFO"""),

    dict(id="s8enb040", country="US", date="2027-01-07T16:40", fmt="outlook", stage="second_reminder", ago=3,
         inv="RTP-10527", amt="860.00", due="2026-12-21",
         frm="Nina Castillo <ncastillo@pateldermatology.com>",
         intent="promise", promise_date="2027-01-11",
         note="Assistant forwards the doctor's answer: check signed and mailed Monday (January 11).",
         body="""Hello,

Please see Dr. Patel's reply below. The check will go out in the mail the same day she signs it.

Nina Castillo
Office Coordinator
Patel Dermatology Associates
(513) 555-7301

From: Anjali Patel, MD <apatel@pateldermatology.com>
Sent: Thursday, January 7, 2027 2:12 PM
To: Nina Castillo <ncastillo@pateldermatology.com>
Subject: RE: Ridgeline invoice

Nina - I'll sign it Monday when I'm in. Please make sure it goes out that afternoon.

A."""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s8enb041", country="GB", date="2027-01-06T11:25", fmt="outlook", stage="reminder", ago=2,
         inv="FH-26-0925", amt="1,980.00", due="2026-12-28",
         frm="Claire Rowntree <claire.rowntree@ashcombeestates.co.uk>",
         intent="contact_change", new_email="purchase.ledger@ashcombeestates.co.uk",
         note="No longer looks after the contract; asks that invoices and reminders go to the purchase ledger address.",
         body="""Hello,

I moved to a different role within the group at the start of January and no longer look after the cleaning contract at Temple Quay House.

Could you please send this and any future invoices or reminders to purchase.ledger@ashcombeestates.co.uk, and copy in my replacement, Lewis Hart, if you need a named contact on site? I've forwarded your email to both.

Many thanks,

Claire Rowntree
Regional Facilities Manager
Ashcombe Estates Ltd
M: 07700 900 642"""),

    dict(id="s8enb042", country="US", date="2027-01-15T16:02", fmt="gmail", stage="firm", ago=4,
         inv="RTP-10506", amt="1,425.00", due="2026-12-10",
         frm="Luis Herrera <luis@herreralandscapesupply.com>",
         intent="paid", paid_on="2027-01-15",
         note="ACH sent 'today' (January 15) for the full amount.",
         body="""sent ACH today for the full amount, sorry for the delay. our bookeeper quit in decmber and were still catching up on everyting. should hit your account mon or tues

Luis Herrera
Herrera Landscape Supply"""),

    dict(id="s8enb043", country="US", date="2026-12-29T10:50", fmt="html_gmail", stage="reminder", ago=1,
         inv="RTP-10512", amt="14,250.00", due="2026-12-20",
         frm="Erin Caldwell <erin@loomstack.com>",
         intent="dispute",
         note="Placed candidate left within the 90-day guarantee; won't pay the placement fee as billed.",
         body="""Hi Ridgeline team,

This is about invoice RTP-10512 for the direct-hire placement of Marcus Bell (Network Engineer).

Marcus resigned on December 18, about five and a half weeks after his start date of November 9. Our agreement has a 90-day guarantee (section 6.2): if the candidate leaves within 90 days, Ridgeline either provides a replacement at no additional fee or credits the fee.

We'd be open to a replacement search, but in the meantime we won't be paying this invoice as billed. Can you confirm how you'd like to proceed and have your recruiter reach out to me?

Best,
Erin

Erin Caldwell
Head of People, Loomstack
(614) 555-9027"""),

    dict(id="s8enb044", country="GB", date="2027-01-13T14:40", fmt="html_outlook", stage="firm", ago=5,
         inv=[("FH-26-0896", "1,250.00", "2026-12-04"), ("FH-26-0921", "1,250.00", "2026-12-24")],
         frm="Purchase Ledger <purchase.ledger@harcourthome.co.uk>",
         intent="promise", promise_date="2027-01-22",
         note="Both invoices in the supplier payment run on Friday 22 January; the request to waive late charges is secondary.",
         body="""Dear Fenwick Hale,

Thank you for your email regarding invoices FH-26-0896 and FH-26-0921.

Both invoices have now been approved and will be paid in our weekly supplier payment run on Friday 22 January 2027. A remittance advice will be emailed to accounts@fenwickhale.co.uk on the day.

We would ask that no late payment interest or compensation is added. Both invoices were originally sent to our Cribbs Causeway store rather than to Purchase Ledger, which is the reason for the delay.

Yours faithfully,

Amy Stokes
Purchase Ledger Assistant
Harcourt Home Stores Ltd

Harcourt Home Stores Ltd. Registered in England and Wales No. 04718263. Registered office: Harcourt House, Aztec West, Bristol BS32 4SY."""),

    dict(id="s8enb045", country="US", date="2027-01-21T13:15", fmt="gmail", stage="final_notice", ago=2,
         inv="RTP-10497", amt="1,160.00", due="2026-12-05",
         frm="Rachel Kim <rachelkimcopy@gmail.com>",
         intent="plan_request",
         note="Asks to pay $200 a month; start depends on approval, no date.",
         body="""please don't send this to collections. i lost my biggest client in december and things are really tight right now.

could i pay $200 a month until it's paid off? i can start as soon as you ok it.

rachel"""),

    dict(id="s8enb046", country="US", date="2027-01-12T09:33", fmt="bounce",
         inv="RTP-10533", amt="390.00", due="2026-12-31",
         rcpt="ap@dunmorewellness.com", status="5.1.1",
         diag="550 5.1.1 <ap@dunmorewellness.com>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:

ap@dunmorewellness.com

The recipient's mail server rejected the message because the address does not exist. Check the address for typing errors and try again, or contact the recipient by another means."""),

    dict(id="s8enb047", country="GB", date="2027-01-26T10:12", fmt="tb", stage="reminder", ago=1,
         inv="FH-27-0018", amt="96.00", due="2027-01-20",
         frm="Alan Mercer <alan@mercertailoring.co.uk>",
         intent="paid", paid_on="2027-01-25",
         note="Paid 'yesterday evening' by card via the online link = 25 January.",
         body="""Good morning,

I paid this yesterday evening by card using the link in your email. The card has been charged and the receipt number was 5XK29P.

Regards,
Alan Mercer
Mercer Tailoring
14 Clare Street, Bristol BS1 1XH
0117 555 3318"""),

    dict(id="s8enb048", country="US", date="2027-01-04T15:50", fmt="gmail", stage="reminder", ago=4,
         inv="RTP-10525", amt="2,500.00", due="2026-12-25",
         frm="Teresa Castellano <teresa@castellanolaw.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay by 1/15; the question about the 2027 retainer is secondary.",
         body="""Hi -

We'll have this paid by 1/15.

Separate question: Mark mentioned at the holiday lunch that the managed services retainer might be going up in 2027. Does that start with the January invoice, and by how much? I need to know for our budget this week.

Thanks,
Teresa

Teresa Castellano, Esq.
Castellano Law PLLC
(614) 555-6138

This email may contain privileged attorney-client communications. If you received it in error, please notify the sender and delete it."""),

    dict(id="s8enb049", country="US", date="2026-12-30T12:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="RTP-10505", amt="675.00", due="2026-12-05",
         frm="Barbara Wexler <bwexler52@aol.com>",
         intent="other",
         note="Wrong recipient: never did business with the firm.",
         body="""Hello,

I think you have the wrong person. I have never done business with Ridgeline Technology Partners and I don't own a company. I'm a retired schoolteacher in Sarasota.

Maybe somebody typed their email address wrong? Please check your records. I've gotten two of these now and I was worried it was a scam.

Barbara Wexler"""),

    dict(id="s8enb050", country="GB", date="2027-01-12T08:55", fmt="apple", stage="repeat", ago=4,
         inv=[("FH-26-0912", "680.00", "2026-12-15"), ("FH-26-0929", "680.00", "2026-12-31")],
         frm="Neil Okonjo <neil.okonjo@cliftonblockmgmt.co.uk>",
         intent="paid", paid_on="2027-01-08",
         note="Both invoices paid in one transfer on Friday 8th January; asks for a statement as a side point.",
         body="""Morning,

Both of these went out in our supplier run on Friday 8th, one transfer for £1,360.00 from the Clifton Vale Residents' service charge account. Your email must have crossed with it.

Could you send me a statement once it's reconciled, just so I can show the directors the account is clear?

Thanks,
Neil

Neil Okonjo
Property Manager
Clifton Block Management Ltd
0117 555 8802"""),
]
