"""Part en_b: handwritten debtor replies (US and GB customers of Ridgeway Business Systems LLC and Pennine Voice & Data Ltd)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s9enb001", country="US", date="2026-12-09T10:42", fmt="gmail", stage="reminder", ago=1,
         inv="RBS-24817", amt="642.18", due="2026-11-20",
         frm="Janet Okafor <janet@okaforcpa.com>",
         intent="promise", promise_date="2026-12-11",
         note="Will cut and mail the check this Friday (reply is Wednesday 12/9).",
         body="""Hi there,

Sorry about this. Year-end is a crunch for our clients and our own bills got pushed to the bottom of the pile. I'll cut a check this Friday and it'll go in the mail the same day.

Janet

Janet Okafor, CPA
Okafor & Lindqvist CPAs, PLLC
(484) 555-0187"""),

    dict(id="s9enb002", country="GB", date="2026-12-10T13:15", fmt="outlook", stage="second_reminder", ago=3,
         inv="PVD-118204", amt="286.40", due="2026-11-14",
         frm="Claire Dunmore <manager@hollinsdental.co.uk>",
         intent="paid", paid_on="2026-12-09",
         note="Paid by BACS yesterday (reply Thursday 10 Dec).",
         body="""Good afternoon,

I can confirm this was paid by BACS yesterday afternoon, reference PVD-118204. It should be with you by tomorrow at the latest.

Apologies for the delay - our principal dentist was away and he authorises all payments over £250.

Kind regards

Claire Dunmore
Practice Manager
Hollins Lane Dental Practice
42 Hollins Lane, Harrogate HG1 4QP
Tel: 01423 555 062

Hollins Lane Dental Practice is the trading name of H.L. Dental Care Ltd, registered in England No. 07712456. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""),

    dict(id="s9enb003", country="US", date="2026-12-08T14:20", fmt="html_outlook", stage="second_reminder", ago=6,
         inv=[("RBS-24590", "3,118.75", "2026-10-30"), ("RBS-24702", "486.00", "2026-11-13")],
         frm="Denise Warrick <dwarrick@millbrookasd.org>",
         intent="copy_request",
         note="District cannot pay without a valid PO on each invoice; asks for reissued invoices with PO numbers.",
         body="""Good afternoon,

I am writing on behalf of the Business Office of the Millbrook Area School District regarding the two invoices referenced in your reminder.

Neither invoice references a district purchase order. Under Board Policy 610, Accounts Payable is not able to release payment on any vendor invoice that does not carry a valid, open PO number, regardless of whether the goods have been received.

From our requisition records, I believe RBS-24590 (toner and maintenance kits for the high school copiers) relates to PO 27-00418. I have not been able to match RBS-24702 to any open PO. It may have been ordered directly by a building secretary without a requisition, in which case the building will need to raise one before we can pay.

Could you please reissue both invoices showing the PO number, and for RBS-24702 let me know the name of the person who placed the order? Once I have corrected copies, they will go on the next scheduled check run.

Thank you for your patience.

Denise Warrick
Accounts Payable Specialist
Millbrook Area School District
125 School Lane, Millbrook, PA 17044
Phone (717) 555-0390 ext. 2214 | Fax (717) 555-0391

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged or confidential under applicable law."""),

    dict(id="s9enb004", country="GB", date="2026-12-14T07:48", fmt="apple", stage="reminder", ago=3,
         inv="PVD-118377", amt="94.80", due="2026-11-30",
         frm="Bloom & Twig <hello@bloomandtwig.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Will pay 'this fri' (reply Monday 14 Dec); side question about paying on the link.",
         body="""hi sorry been mad busy with xmas wreaths, will pay this fri when i do all the bills. is it ok to just pay on the link or do u want a bank transfer

Sent from my iPhone"""),

    dict(id="s9enb005", country="US", date="2026-12-10T16:05", fmt="gmail", stage="firm", ago=2,
         inv="RBS-24655", amt="1,140.00", due="2026-11-01",
         frm="Greg Tamburro <greg@tamburrorealty.com>",
         intent="dispute",
         note="Says 3 of the 8 software seats were cancelled in October; will only pay for 5 seats once invoice is corrected.",
         body="""This is the third email I've gotten about this and nobody has returned my calls.

We CANCELLED the 3 extra DocuFlow seats on October 6th. I have the email from your rep Kyle confirming it. Your invoice still bills us for 8 seats at $142.50. We owe for 5 seats, that's $712.50, and I'll pay that the day I get a corrected invoice. I am not paying for seats we told you to shut off.

Greg Tamburro
Broker/Owner, Tamburro Realty Group
c (610) 555-0133"""),

    dict(id="s9enb006", country="US", date="2026-12-23T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="RBS-24880", amt="212.40", due="2026-12-15",
         frm="Fenwick County Finance Office <finance@fenwickcountypa.gov>",
         intent="out_of_office", return_date="2027-01-04",
         note="County office closed Dec 24 - Jan 1; reopens Monday January 4, 2027.",
         body="""Thank you for your email.

The Fenwick County Finance Office will be closed from Thursday, December 24, 2026 through Friday, January 1, 2027 for the holiday break. The office reopens on Monday, January 4, 2027, and messages will be answered in the order received.

Vendors with payment inquiries should allow 5 to 7 business days after reopening for a response. Invoices for county departments should continue to be sent to ap@fenwickcountypa.gov.

Fenwick County Finance Office
Fenwick County Courthouse, 1 Court Square, Room 210
(717) 555-0300

Happy Holidays!"""),

    dict(id="s9enb007", country="GB", date="2027-01-12T11:20", fmt="tb", stage="firm", ago=5,
         inv=[("PVD-118702", "412.60", "2026-12-01"), ("PVD-119015", "138.20", "2026-12-31")],
         frm="Ruth Agbaje <ruth@thelanternbookshop.co.uk>",
         intent="plan_request",
         note="Asks to clear the balance in three or four monthly instalments; no date committed.",
         body="""Dear Pennine accounts team,

I'm sorry these have run on. January is always our leanest month after the Christmas trade, and this year the Christmas trade wasn't what it should have been either, so cash is very tight at the moment.

Would you be willing to let me clear the balance in three or four monthly instalments? I'd rather agree something I know I can keep to than promise you a lump sum and then miss it. I'm happy to set up a standing order once we've agreed the amounts.

Thank you for your patience,

Ruth Agbaje
The Lantern Bookshop
7 Fore Street, Totnes TQ9 5HX
01803 555 491"""),

    dict(id="s9enb008", country="US", date="2026-12-11T15:02", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("RBS-24533", "2,406.90", "2026-10-25"), ("RBS-24611", "1,118.35", "2026-11-08")],
         frm="Vendor Accounts Payable <vendorap@keystonehomegoods.com>",
         intent="paid", paid_on="2026-12-10",
         note="Retail chain AP: both invoices in the ACH run of 12/10/2026, with remittance detail.",
         body="""Hello,

Both invoices referenced below were included in our ACH payment run on 12/10/2026.

Payment ID: 0004419823
Payment method: ACH (CCD+)
Vendor number: V-20571
Invoices paid: RBS-24533 ($2,406.90), RBS-24611 ($1,118.35)
Total remitted: $3,525.25

Please allow 1-2 business days for funds to post. Remittance detail is also available in the Supplier Portal under Payments > Remittance History.

Thank you,

Accounts Payable - Vendor Support
Keystone Home Goods, Inc.
Store Support Center | 900 Wexford Blvd, Lancaster, PA 17601

This mailbox is monitored Monday through Friday, 8:00 a.m. to 4:30 p.m. ET. Please include your vendor number in all correspondence."""),

    dict(id="s9enb009", country="GB", date="2026-12-16T10:05", fmt="gmail", stage="reminder", ago=2,
         inv="PVD-118455", amt="324.00", due="2026-11-30",
         frm="Tom Hesketh <tom@thefoundryworkspace.co.uk>",
         cc="Priya Nair <finance@thefoundryworkspace.co.uk>",
         intent="contact_change", new_email="finance@thefoundryworkspace.co.uk",
         note="No longer handles accounts; asks that invoices and reminders go to the finance lead.",
         body="""Hi,

I'm no longer looking after the accounts here - I moved over to the community side in November. Could you update your records so invoices and reminders go to Priya, our finance lead, at finance@thefoundryworkspace.co.uk? I've copied her in so she's got this one.

Cheers,
Tom

Tom Hesketh
Community Manager | The Foundry Workspace
Salford M3 7LW | 0161 555 2290"""),

    dict(id="s9enb010", country="US", date="2027-01-06T19:40", fmt="tb", stage="firm", ago=2,
         inv="RBS-24790", amt="868.00", due="2026-12-01",
         frm="Walt Kerrigan <treasurer@riversidefoodpantry.org>",
         intent="promise", promise_date="2027-01-13",
         note="Check signed at board meeting Tue Jan 12 and mailed Wednesday the 13th.",
         body="""Hello,

I'm the volunteer treasurer for Riverside Community Food Pantry. Your invoice has been approved, but our bylaws require two board signatures on every check and the board doesn't meet until Tuesday, January 12. I'll have the check signed that evening and mail it first thing Wednesday the 13th.

If you need anything from us in the meantime, my cell is 717-555-0164.

Walt Kerrigan
Treasurer, Riverside Community Food Pantry
A 501(c)(3) nonprofit organization"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s9enb011", country="US", date="2026-12-15T12:10", fmt="gmail", stage="reminder", ago=1,
         inv="RBS-24901", amt="389.50", due="2026-12-01",
         frm="Front Desk <frontdesk@brightsmilefamilydental.com>",
         intent="promise", promise_date="2026-12-18",
         note="Will run it on the office card 12/18.",
         body="""Hi, we'll run this on the office card 12/18. Thanks!

Marisol
Bright Smile Family Dental"""),

    dict(id="s9enb012", country="GB", date="2027-01-06T09:25", fmt="outlook", stage="repeat", ago=1,
         inv="PVD-118640", amt="178.56", due="2026-12-05",
         frm="Anil Mistry <anil@mistryandco-accountants.co.uk>",
         intent="paid", paid_on="2027-01-04",
         note="Faster Payment went out on the 4th (January) with the other supplier payments.",
         body="""Morning,

This went out on the 4th along with the rest of our supplier payments. It was a Faster Payment so you should have it already - if it isn't showing at your end let me know and I'll chase our bank.

Happy new year,
Anil

Anil Mistry FCCA
Mistry & Co Chartered Certified Accountants
18 Belvoir Street, Leicester LE1 6SL
T: 0116 555 3407

Mistry & Co is a trading name of Mistry & Co Accountants Ltd, registered in England and Wales No. 10398126. Registered to carry on audit work by the Association of Chartered Certified Accountants."""),

    dict(id="s9enb013", country="US", date="2026-12-18T21:14", fmt="gmail", stage="second_reminder", ago=4,
         inv="RBS-24744", amt="57.96", due="2026-11-25",
         frm="Kayla Brandt <kaylabrandt.designs@gmail.com>",
         intent="other",
         note="Wrong recipient: says she was never a customer and suggests a similarly named person.",
         body="""Hi, I think you have the wrong email. I run a little Etsy shop (KB Paper Goods) but I've never bought anything from Ridgeway Business Systems and I don't have an account with you. There's a Kayla Brant (no d) in Harrisburg who sometimes gets mixed up with me, maybe it's her?

Either way can you please check your records, I don't want this showing up on my credit.

Kayla"""),

    dict(id="s9enb014", country="GB", date="2027-01-07T14:40", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("PVD-118511", "1,260.00", "2026-11-20"), ("PVD-118733", "1,260.00", "2026-12-20")],
         frm="Helen Marsh <finance@castlebrooktrust.org.uk>",
         intent="copy_request",
         note="Asks for a statement of account and a copy of PVD-118733 (never received) with the PO; also claims the November invoice was paid.",
         body="""Dear Sir/Madam,

Thank you for your reminder. We are having difficulty reconciling your account: our purchase ledger shows the November invoice as paid on 11 December, and we have no record at all of PVD-118733 being received.

Before we can release anything further, please could you send us a full statement of account for Castlebrook Academy Trust from 1 September to date, together with a copy of PVD-118733. Please quote our purchase order number on any invoice you re-send - for the hosted telephony contract this is CAT-PO-4471.

Kind regards

Helen Marsh
Finance Officer
Castlebrook Academy Trust
Castlebrook Road, Rotherham S60 2BN
Tel: 01709 555 184

Castlebrook Academy Trust is a charitable company limited by guarantee registered in England and Wales, company number 07933502. Registered office as above."""),

    dict(id="s9enb015", country="US", date="2026-12-16T11:03", fmt="gmail", fwd=True, stage="second_reminder", ago=2,
         inv="RBS-24688", amt="1,475.00", due="2026-11-15",
         frm="Lorraine Hughes <office@patelpediatricdentistry.com>",
         intent="promise", promise_date="2026-12-22",
         note="Office manager forwards the dentist's answer: it will be paid by the 22nd (December).",
         body="""Hi Ridgeway billing,

Forwarding Dr. Patel's answer below so you have it straight from her. Let me know if you need anything else from our end.

Lorraine Hughes
Office Manager
Patel Pediatric Dentistry
(215) 555-0178

---------- Forwarded message ---------
From: Anjali Patel <apatel@patelpediatricdentistry.com>
Date: Tue, Dec 15, 2026 at 8:52 PM
Subject: Re: Fwd: Second reminder: invoice RBS-24688 overdue – Ridgeway Business Systems LLC
To: Lorraine Hughes <office@patelpediatricdentistry.com>

Lorraine - yes this one is legit, it's the new printer for the x-ray room. Tell them it'll be paid by the 22nd, I'll approve it in the bank portal once the insurance deposits come in.

Sent from my iPhone"""),

    dict(id="s9enb016", country="GB", date="2026-12-18T16:45", fmt="ooo", stage="reminder", ago=0,
         inv="PVD-118599", amt="2,184.00", due="2026-12-10",
         frm="Sophie Carr <sophie.carr@hartleysgardencentres.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Annual leave, returning Monday 4th January 2027.",
         body="""Thank you for your email. I am currently on annual leave and will be returning on Monday 4th January 2027, with limited access to email in the meantime.

For urgent supplier payment queries please contact the Purchase Ledger team at purchaseledger@hartleysgardencentres.co.uk or on 01482 555 760.

Wishing you a very Merry Christmas.

Sophie Carr
Purchase Ledger Supervisor
Hartleys Garden Centres Ltd"""),

    dict(id="s9enb017", country="US", date="2027-01-08T10:18", fmt="outlook", stage="reminder", ago=3,
         inv="RBS-24955", amt="1,927.80", due="2026-12-30",
         frm="Raymond Osei <rosei@conestogacountypa.gov>",
         intent="dispute",
         note="County is sales-tax exempt; refuses to pay as billed and asks for a corrected invoice without tax.",
         body="""Good morning,

Invoice RBS-24955 includes $109.12 in Pennsylvania sales tax. Conestoga County is a political subdivision and is exempt from sales tax. Our exemption certificate (REV-1220) has been on file with your company since 2023, and another copy was sent with our November order.

Please issue a corrected invoice for $1,818.68 without the tax and we will process it for payment. We are unable to pay the invoice as billed.

Regards,

Raymond Osei
Purchasing Agent
Conestoga County Department of Purchasing
50 North Duke Street, 3rd Floor
Phone: 717-555-0255

This message may contain confidential information and is intended solely for the use of the addressee. Any review, retransmission or dissemination by persons other than the intended recipient is prohibited."""),

    dict(id="s9enb018", country="US", date="2026-12-21T08:12", fmt="apple", stage="reminder", ago=3,
         inv="RBS-24933", amt="143.25", due="2026-12-10",
         frm="Petal Pushers Flowers <petalpushersflorist@gmail.com>",
         intent="paid", paid_on="2026-12-21",
         note="Just paid on the online link, with confirmation number.",
         body="""just paid it on your link. conf # PP8841-2

Sent from my iPhone"""),

    dict(id="s9enb019", country="GB", date="2026-12-09T15:30", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("PVD-118290", "67.20", "2026-10-31"), ("PVD-118466", "67.20", "2026-11-30")],
         frm="Martin Kershaw <martin@kershawlettings.co.uk>",
         intent="dispute",
         note="Both invoices are for a line ported away in September after notice; asks to cancel them.",
         body="""Hello,

I've had a look at these and I don't think we owe them. Our second line (the 01274 number for the Shipley office) was ported to another provider on 22 September when we closed that branch, and I gave you 30 days' notice by email at the end of August. Both of these invoices are for that number only.

I'd be grateful if you could cancel them and confirm the line is closed on your side. I have the port completion email from the new provider if you need it.

Thanks

Martin Kershaw
Kershaw Lettings & Sales
Bradford | Shipley
01274 555 820"""),

    dict(id="s9enb020", country="US", date="2027-01-13T13:50", fmt="outlook", stage="heads_up", ago=1,
         inv="RBS-25040", amt="4,212.00", due="2027-01-25",
         frm="Linda Farrow <lfarrow@alleghenyoutfitters.com>",
         intent="unsubscribe",
         note="AP manager asks to be removed from the automated reminders; pays on net-60 terms anyway.",
         body="""Hello,

Please remove this address from your automated reminders. Our terms with Ridgeway are net 60 and every invoice is paid on schedule through our AP system. We don't need emails telling us an invoice is coming due. This goes to a shared mailbox and every one of these opens a ticket for my team.

Thank you,

Linda Farrow
Accounts Payable Manager
Allegheny Outfitters, Inc.
412-555-0119"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s9enb021", country="GB", date="2027-01-19T11:05", fmt="outlook", stage="reminder", ago=4,
         inv="PVD-119120", amt="456.00", due="2027-01-10",
         frm="Gareth Pryce <gareth@cwmvalleytrust.org.uk>",
         intent="bank_details",
         note="Received a suspicious 'new bank details' email; asks the firm to confirm whether its bank details changed before paying.",
         body="""Hello,

Before we pay this I need to check something with you. Last Thursday we had an email, supposedly from your accounts team, saying Pennine had moved banks and giving a new sort code and account number (a Monzo business account). It came from accounts@penninevoice-billing.com, which isn't the address your invoices come from.

Can you confirm whether your bank details have actually changed? Until we hear from you we won't pay anything to the account in that email. I did try ringing but your line was engaged all morning.

Regards,

Gareth Pryce
Operations Manager
Cwm Valley Community Trust
Registered charity no. 1172904
01656 555 219"""),

    dict(id="s9enb022", country="US", date="2026-12-22T17:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="RBS-24860", amt="318.40", due="2026-11-30",
         frm="Dana Whitcomb <dana@whitcombhomes.com>",
         intent="promise",
         note="Bookkeeper out until after the holidays; will be paid when she's back in January (no single day).",
         body="""Hi! Our bookkeeper is out until after the holidays and she's the only one who can pay vendors. I've flagged this for her and it'll get paid as soon as she's back in January. Sorry for the hassle and happy holidays!

Dana Whitcomb
REALTOR® | Whitcomb Home Team at Blue Ridge Realty
(717) 555-0121 | whitcombhomes.com
Licensed in PA & MD"""),

    dict(id="s9enb023", country="US", date="2027-01-11T09:47", fmt="html_outlook", stage="firm", ago=4,
         inv="RBS-24811", amt="6,830.00", due="2026-11-29",
         frm="Brightwater Supplier Support <supplierhelp@brightwaterstores.com>",
         intent="other",
         note="Retail chain AP: emailed invoices are not processed; the invoice must be submitted in the vendor portal against a PO.",
         body="""Thank you for contacting Brightwater Stores Supplier Support.

Brightwater does not process invoices received by email. All supplier invoices must be submitted through the Brightwater Supplier Portal (Coupa) against a valid purchase order.

Our records show that Ridgeway Business Systems LLC (Supplier ID 448213) has an active portal account, but invoice RBS-24811 has not been submitted in the portal and has therefore not entered our payment cycle. Once an invoice is submitted and matched to its PO, it is paid on net 60 terms from the submission date.

If you are having trouble accessing the portal, reply to this message with your Supplier ID and a description of the issue.

Case number: SUP-2027-0114732

Brightwater Stores, Inc. | Supplier Support
Please do not change the subject line when replying, so that your message is attached to the correct case."""),

    dict(id="s9enb024", country="GB", date="2026-12-21T09:00", fmt="ooo", stage="reminder", ago=0,
         inv="PVD-118680", amt="62.40", due="2026-12-12",
         frm="Kim Oyelaran <kim@oyelaranaccountancy.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away 21 December to Friday 1 January inclusive; first working day back is Monday 4 January.",
         body="""Hi, thanks for your message.

The office is closed for Christmas and I'm away from Monday 21 December to Friday 1 January inclusive. I'll pick up emails when I'm back.

If it's about a year-end or a tax return deadline, please ring 07700 900 318 and leave a message.

Kim
Oyelaran Accountancy"""),

    dict(id="s9enb025", country="US", date="2027-01-14T22:31", fmt="gmail", stage="final_notice", ago=3,
         inv=[("RBS-24722", "1,650.00", "2026-11-15"), ("RBS-24850", "1,650.00", "2026-12-15")],
         frm="Marcus Bell <marcus@thehivecowork.com>",
         intent="plan_request",
         note="Asks to pay about $500 a month until the balance is cleared; no start date committed.",
         body="""Hi,

I recieved your final notice and I want to get this taken care of before it goes to collections. Honestly we lost two of our biggest members in December and cash flow has been rough since. Is there any way we could do like $500 a month untill the balance is paid off? I can set up autopay for whatever amount you guys are ok with, I just cant do $3,300 in one shot right now.

Thanks for working with me on this
Marcus Bell
Owner, The Hive Coworking
Scranton, PA"""),

    dict(id="s9enb026", country="US", date="2026-12-17T10:40", fmt="outlook", stage="reminder", ago=2,
         inv="RBS-24820", amt="267.33", due="2026-11-28",
         frm="Beth Lorenz <billing@lorenzorthodontics.com>",
         intent="paid", paid_on="2026-12-14",
         note="Check #4471 mailed 12/14.",
         body="""Hello,

Check #4471 for $267.33 was mailed to your Camp Hill address on 12/14, so it should be arriving any day. If it hasn't shown up by the end of next week let me know and I'll stop payment and reissue it.

Thank you,

Beth Lorenz
Billing Coordinator
Lorenz Orthodontics
p: 717.555.0148 | f: 717.555.0149"""),

    dict(id="s9enb027", country="GB", date="2027-01-08T12:30", fmt="tb", stage="second_reminder", ago=3,
         inv="PVD-118790", amt="540.00", due="2026-12-18",
         frm="Margaret Doyle <treasurer@stokenewingtonarts.org.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Will pay in full by the end of this month (January) once the council grant arrives.",
         body="""Dear Sir or Madam,

Thank you for your email. I'm afraid our grant instalment from the council has been delayed over the Christmas period, and under our financial procedures we cannot make payments above £500 without it in the account. We have been told to expect it in the middle of January, and I will pay your invoice in full by the end of this month.

Please accept my apologies for the delay.

Yours faithfully,

Margaret Doyle
Hon. Treasurer
Stoke Newington Community Arts
Registered charity no. 1098817"""),

    dict(id="s9enb028", country="US", date="2027-01-12T15:22", fmt="html_outlook", stage="firm", ago=2,
         inv="RBS-24760", amt="2,944.00", due="2026-11-30",
         frm="Carol Ann Weidner <accountspayable@susquehannavalleysd.org>",
         intent="paid", paid_on="2027-01-08",
         note="Board approved in December; check issued on the January 8, 2027 check run.",
         body="""Good afternoon,

Payment for invoice RBS-24760 was approved at the December 14 Board meeting and issued on the January 8, 2027 check run.

Check number: 118842
Amount: $2,944.00
Mailed to: Ridgeway Business Systems LLC, 2250 Market Street, Suite 300, Camp Hill, PA 17011

If the check has not been received within 10 business days, please contact our office and we will research it.

Sincerely,

Carol Ann Weidner
Accounts Payable Clerk
Susquehanna Valley School District
400 Valley Road, Selinsgrove, PA 17870
(570) 555-0412

The information contained in this e-mail is confidential and intended only for the named recipient(s). If you are not the intended recipient, please notify the sender and delete this message."""),

    dict(id="s9enb029", country="GB", date="2027-01-20T10:10", fmt="outlook", stage="firm", ago=2,
         inv=[("PVD-118812", "214.80", "2026-12-15"), ("PVD-119064", "214.80", "2027-01-15")],
         frm="Jonathan Reeve <jonathan@chapterandversebooks.co.uk>",
         intent="other",
         note="Company has entered administration; director cannot pay and refers the firm to the administrators.",
         body="""Dear Pennine Voice & Data,

I am sorry to have to tell you that Chapter & Verse Books Ltd entered administration on 15 January. Joint administrators have been appointed from Holroyd Insolvency LLP and I am no longer able to authorise any payments on the company's behalf.

Please direct all correspondence about amounts owed to the administrators, quoting the company name and number (09114527): creditors@holroydinsolvency.co.uk, tel. 0113 555 0672. They will be writing to all known creditors shortly.

The shop phone lines are still in use while the administrators decide whether the business can be sold, so please don't disconnect them in the meantime.

Regards,

Jonathan Reeve
Director
Chapter & Verse Books Ltd"""),

    dict(id="s9enb030", country="US", date="2027-01-05T13:35", fmt="gmail", stage="reminder", ago=1,
         inv="RBS-24981", amt="725.00", due="2026-12-31",
         frm="Tony Marchetti <tony.marchetti@crustcopizza.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will have it paid by the 15th (January); side question about a future printer invoice.",
         body="""Hey,

We'll have this paid by the 15th. December was a weird month with the remodel and I'm just catching up on everything.

Quick question while I have you: corporate says all franchisees are moving to the new receipt printers in March. Is that going to be a separate invoice from you, or does it get added to our monthly service agreement? I want to budget for it.

Tony Marchetti
Franchise Owner, Crust & Co. Pizza #214
Mechanicsburg, PA
(717) 555-0107"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s9enb031", country="US", date="2026-12-22T10:02", fmt="ooo", stage="reminder", ago=0,
         inv="RBS-24902", amt="96.45", due="2026-12-12",
         frm="Erin Castellano <erin@castellanobooks.com>",
         intent="out_of_office", return_date="2026-12-29",
         note="Vacation responder: back Tuesday, December 29.",
         body="""Hi there,

I'm out of the office for the holidays with limited access to email. I'll be back Tuesday, December 29 and will reply then. For store hours or special orders, please call the shop at (717) 555-0193.

Erin
Castellano Books"""),

    dict(id="s9enb032", country="GB", date="2027-01-14T16:20", fmt="apple", stage="second_reminder", ago=3,
         inv="PVD-118905", amt="348.00", due="2026-12-28",
         frm="Dr Fiona Baird <fiona@bairddental.co.uk>",
         intent="promise", promise_date="2027-01-19",
         note="Supplier payments are done on Tuesdays; will go out next Tuesday (reply Thursday 14 Jan).",
         body="""Hello,

Apologies, this one slipped through while our practice manager was off over Christmas. I do the supplier payments myself on a Tuesday, so it will go out next Tuesday along with the others.

Best wishes,
Fiona

Dr Fiona Baird BDS
Baird Dental Care
3 Brook Street, Ilkley LS29 8DE
01943 555 027"""),

    dict(id="s9enb033", country="US", date="2027-01-19T20:05", fmt="gmail", stage="second_reminder", ago=5,
         inv="RBS-24977", amt="1,284.00", due="2026-12-29",
         frm="Jordan Pike <jordan@pikeandpinegoods.com>",
         intent="plan_request",
         note="Paid $300 today (partial) and asks to split the remaining $984 into two or three payments; the request needs an answer.",
         body="""Hi Ridgeway team,

I just paid $300 through your online link so at least something is on the account. For the remaining $984, could we split it into two or three payments over the next couple of months? Q4 sales were good but Amazon is holding a big chunk of my payouts until the return window closes, and I don't want to overdraw my business checking.

Let me know what works,
Jordan
Pike & Pine Goods"""),

    dict(id="s9enb034", country="US", date="2026-12-29T11:15", fmt="outlook", stage="reminder", ago=1,
         inv="RBS-24944", amt="452.10", due="2026-12-15",
         frm="Steven Alvarado <salvarado@alvaradogreene.com>",
         intent="contact_change", new_email="ap@alvaradogreene.com",
         note="From January 1 all vendor billing should go to the firm's AP inbox.",
         body="""Hello,

Please update your records: effective January 1, all vendor billing for Alvarado Greene & Associates should be sent to our AP inbox, ap@alvaradogreene.com, rather than to me. Our new office administrator, Maria Ruiz, will be processing invoices going forward.

I've forwarded this one to that inbox so it's in her queue.

Thanks,

Steven Alvarado, CPA, CFE
Managing Partner
Alvarado Greene & Associates
1200 Camp Hill Bypass, Suite 104, Camp Hill, PA 17011
T 717.555.0166

Any tax advice contained in this communication is not intended or written to be used, and cannot be used, for the purpose of avoiding penalties under the Internal Revenue Code."""),

    dict(id="s9enb035", country="GB", date="2026-12-11T14:00", fmt="html_gmail", stage="reminder", ago=2,
         inv="PVD-118520", amt="1,386.00", due="2026-12-01",
         frm="Lucy Penhaligon <lucy@harbourloftsworkspace.co.uk>",
         intent="dispute",
         note="Contests a £1,296 early termination charge (out of contract); will pay only the £90 service once a revised invoice is sent.",
         body="""Hi there,

I'm querying this invoice. Almost all of it is an "early termination charge" of £1,296 for our broadband and SIP trunk contract, which I don't accept.

Our contract was a 36-month term starting 1 June 2023, so it ended in May this year and we were out of contract when we gave notice in October. There shouldn't be any termination fee at all. The £90 for the final month's service is fine and I'll pay that as soon as you send a revised invoice.

Could you look into it and send me a corrected invoice please?

Lucy Penhaligon
Director, Harbour Lofts Workspace
Falmouth, Cornwall
07700 900 564"""),

    dict(id="s9enb036", country="US", date="2026-12-08T09:55", fmt="outlook", stage="reminder", ago=1,
         inv="RBS-24805", amt="739.00", due="2026-11-25",
         frm="Tammy Reinholt <treinholt@blairridgecounty.gov>",
         intent="copy_request",
         note="County needs a signed W-9 and vendor information form before it can issue a check.",
         body="""Good morning,

We are unable to process payment on this invoice because Ridgeway Business Systems is not yet set up as a vendor in the County's financial system. New vendors must provide a completed and signed IRS Form W-9 and our Vendor Information Form (attached) before a check can be issued.

Please return both forms to me at this address. Once the vendor record has been created, the invoice will be scheduled for the next accounts payable run.

Tammy Reinholt
Accounts Payable
Blair Ridge County Controller's Office
(814) 555-0277

Notice: This email and any reply may be subject to disclosure under the Pennsylvania Right-to-Know Law."""),

    dict(id="s9enb037", country="GB", date="2026-12-09T12:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="PVD-118311", amt="118.74", due="2026-11-20",
         frm="Sian Roberts <sian@petalandstemflowers.co.uk>",
         intent="paid", paid_on="2026-12-07",
         note="Paid by debit card over the phone on Monday (7 Dec), with authorisation code.",
         body="""Hi,

I paid this over the phone on Monday afternoon - I spoke to a lady called Sarah in your accounts team and paid by debit card. She gave me an authorisation code, 448120. I think our emails must have crossed!

Thanks
Sian

Petal & Stem
Florist | Weddings | Events
14 Market Place, Ludlow SY8 1AH
01584 555 606"""),

    dict(id="s9enb038", country="US", date="2027-01-21T08:05", fmt="gmail", stage="repeat", ago=2,
         inv="RBS-24770", amt="215.00", due="2026-11-30",
         frm="Bob Nakamura <bnakamura55@yahoo.com>",
         intent="unsubscribe",
         note="Former treasurer asks to be taken off the email list; gives no replacement contact.",
         body="""Please take me off your email list. I stepped down as treasurer of the Lions Club in December, I don't handle their bills anymore and I don't want to keep getting these.

Bob"""),

    dict(id="s9enb039", country="GB", date="2027-01-26T10:30", fmt="outlook", stage="repeat", ago=1,
         inv=[("PVD-118650", "96.00", "2026-12-01"), ("PVD-118871", "96.00", "2027-01-01"), ("PVD-119230", "104.40", "2027-01-20")],
         frm="Dave Whitworth <accounts@greenwaystockport.co.uk>",
         intent="paid", paid_on="2027-01-25",
         note="All three invoices paid in one transfer yesterday (reply Tuesday 26 Jan); asks for confirmation of allocation.",
         body="""Hi,

All three of these were paid together in a single transfer yesterday afternoon, £296.40 in total, reference GREENWAY STKPRT. Sorry they ran on - we changed accountants in December and a few suppliers got missed in the handover.

Could you confirm once it's been allocated?

Thanks,

Dave Whitworth
Greenway Lawn Care Stockport
Independent franchisee of Greenway Lawn Care Ltd
0161 555 4813"""),

    dict(id="s9enb040", country="US", date="2026-12-14T09:33", fmt="bounce",
         inv="RBS-24866", amt="410.00", due="2026-11-30",
         rcpt="billing@mapleleafrealtypa.com", status="5.1.2",
         diag="554 5.1.2 <billing@mapleleafrealtypa.com>: Recipient address rejected: Host or domain name not found. Name service error for name=mapleleafrealtypa.com type=MX: Host not found",
         intent="bounce",
         note="Delivery failure: the debtor's domain has no MX record.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     billing@mapleleafrealtypa.com

Technical details of permanent failure:
The recipient domain mapleleafrealtypa.com could not be found. It may have expired or been transferred to a new owner. No further attempts will be made to deliver this message.

The original message headers are attached."""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s9enb041", country="US", date="2027-01-07T15:10", fmt="html_gmail", stage="final_notice", ago=2,
         inv="RBS-24712", amt="2,160.00", due="2026-11-10",
         frm="Nora Keegan <nora@secondstorybookscafe.com>",
         intent="promise", promise_date="2027-01-11",
         note="Will pay the full amount on Monday the 11th via the payment link; quoted deadline is a different day.",
         body="""Hello,

Please don't send this to collections. I know it's way overdue and that's on me. Our holiday sales have come in and I can pay the full $2,160 on Monday the 11th. I'll do it through the payment link so you'll see it the same day.

If that's a problem please call me before you refer anything: 717-555-0182.

Thanks,
Nora Keegan
Second Story Books & Café
Carlisle, PA"""),

    dict(id="s9enb042", country="GB", date="2026-12-18T15:30", fmt="ooo", stage="reminder", ago=0,
         inv="PVD-118615", amt="189.60", due="2026-12-08",
         frm="School Office <office@stmarkscofe.sch.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="School office closed for Christmas; Monday 4 Jan is a training day with the office closed, reopens Tuesday 5 January 2027.",
         body="""Thank you for your email.

The school office is now closed for the Christmas holidays and emails will not be monitored. Monday 4 January is a staff training day and the office will remain closed; we reopen on Tuesday 5 January 2027.

If you have a safeguarding concern during the holidays, please contact Children's Services on 0300 555 0140.

St Mark's C of E Primary School"""),

    dict(id="s9enb043", country="US", date="2026-12-10T11:48", fmt="gmail", fresh=True, subj="ACH info for Ridgeway invoices", stage="reminder", ago=2,
         inv="RBS-24843", amt="1,032.50", due="2026-11-27",
         frm="Carla Mendes <carla@mendesrealestategroup.com>",
         intent="bank_details",
         note="New email asking for the firm's ACH details on letterhead before paying; payment only loosely promised after that.",
         body="""Hi,

We're trying to get away from paper checks. Could you send me your ACH info (bank name, routing and account number) on company letterhead? Our bank needs a verified letter before we can add a new payee, because of all the fraud going around. As soon as it's set up I'll send the payment for the November invoice over.

Thanks!
Carla Mendes
Office Manager | Mendes Real Estate Group
(717) 555-0158"""),

    dict(id="s9enb044", country="US", date="2027-01-13T10:22", fmt="outlook", stage="second_reminder", ago=2,
         inv=[("RBS-24874", "3,480.00", "2026-12-04"), ("RBS-24912", "1,915.60", "2026-12-11")],
         frm="Mike Donnelly <apsupport@harvesttablemarkets.com>",
         intent="promise", promise_date="2027-01-22",
         note="Retail chain AP: both invoices scheduled for the Friday 1/22/2027 ACH run (net-60 terms).",
         body="""Hello,

These invoices are approved and scheduled. Please note that under our supplier agreement the payment terms for Ridgeway are net 60 from date of receipt, not net 30 as shown on your invoices. Both invoices are scheduled for our payment run on Friday 1/22/2027 and will be paid by ACH to the account on file.

Vendor #: 30917
PO: 4500128833 / 4500129107

Regards,

Mike Donnelly
AP Specialist
Harvest Table Markets - Accounts Payable Shared Services"""),

    dict(id="s9enb045", country="GB", date="2026-12-15T09:40", fmt="tb", stage="reminder", ago=1,
         inv="PVD-118560", amt="74.40", due="2026-12-04",
         frm="Rachel Tennant <rachel@hedgerowcandles.co.uk>",
         intent="other",
         note="Passed to the bookkeeper who pays suppliers; no commitment or date.",
         body="""Hi,

Thanks for the reminder. I don't deal with the bills myself - our bookkeeper, Jen at Kestrel Bookkeeping, pays all our suppliers, so I've sent this straight on to her.

Rachel
Hedgerow Candle Co.
www.hedgerowcandles.co.uk"""),

    dict(id="s9enb046", country="US", date="2026-12-30T14:50", fmt="gmail", stage="firm", ago=2,
         inv="RBS-24838", amt="2,349.00", due="2026-11-30",
         frm="Rosa Delgado <rosa@delgadosflowers.com>",
         intent="dispute",
         note="Refuses to pay for a color printer that has never worked until it is replaced or taken back.",
         body="""Are you kidding me?? The color printer you sold us in October has NEVER worked right. It jams every 20 pages, your tech has been out twice and it's still doing it. We had to take our holiday order cards to Staples to get them printed.

I'm not paying $2,349 for a machine that doesn't work. Come take it back or bring one that works and THEN we can talk about the invoice. And stop sending me "third reminder" emails when I've called your service line 5 times.

Rosa Delgado
Delgado's Flowers & Gifts"""),

    dict(id="s9enb047", country="US", date="2027-01-25T09:14", off="-0600", fmt="html_gmail", stage="reminder", ago=4,
         inv="RBS-25011", amt="188.00", due="2027-01-12",
         frm="Caleb Foster <calebfosterwoodworks@gmail.com>",
         intent="paid", paid_on="2027-01-22",
         note="Sent the payment Friday (Jan 22) by bank bill pay; reply Monday Jan 25.",
         body="""Morning,

Sent the payment Friday through my bank's bill pay, $188.00 with the invoice number in the memo. Should show up in a day or two if it hasn't already.

Thanks,
Caleb Foster
Foster Woodworks | handmade cutting boards
fosterwoodworks.com"""),

    dict(id="s9enb048", country="GB", date="2027-01-20T18:22", fmt="apple", noquote=True, stage="second_reminder", ago=2,
         inv="PVD-119044", amt="39.60", due="2027-01-08",
         frm="Jamie Lowther <jamie@jlvintage.co.uk>",
         intent="promise", promise_date="2027-01-28",
         note="Will pay on payday, the 28th (January); side request not to add late fees.",
         body="""Hiya, sorry i know this is late. Money's tight till payday which is the 28th so I'll pay it then, promise. Can you not add any late fees? It's only a couple of weeks

Jamie
JL Vintage

Sent from my iPhone"""),

    dict(id="s9enb049", country="US", date="2026-12-16T14:05", fmt="html_outlook", stage="reminder", ago=2,
         inv="RBS-24879", amt="5,640.00", due="2026-12-05",
         frm="Harold Fischer <hfischer@perrylakecounty.gov>",
         intent="promise",
         note="Needs Board of Commissioners approval at the first January meeting; payment 'in early January', no single day.",
         body="""Good afternoon,

Thank you for the reminder. Invoice RBS-24879 has been received and approved by our IT department. Because it exceeds $5,000 it also requires approval by the Board of Commissioners, and the last meeting of the year has already taken place. It will be on the agenda for the first meeting in January, and payment will be released in early January following that approval.

We appreciate your patience.

Harold Fischer
Fiscal Officer
Perry Lake County Office of Budget & Finance
220 Main Street, Perry Lake, PA 17074
Phone: (717) 555-0231 | Fax: (717) 555-0232"""),

    dict(id="s9enb050", country="GB", date="2027-01-28T08:50", fmt="outlook", stage="final_notice", ago=2,
         inv="PVD-118960", amt="612.00", due="2026-12-20",
         frm="Neil Ashworth <neil@ashworthproperty.co.uk>",
         intent="paid", paid_on="2027-01-27",
         note="Paid in full on the online payment page last night (reply Thursday 28 Jan).",
         body="""Morning,

Paid in full on your online payment page last night at about 9pm, Visa ending 4402. I've got the receipt email if you need a copy. Please make sure nothing gets passed to a debt collector - it was an oversight on our part and it's sorted now.

Regards

Neil Ashworth MNAEA
Branch Director
Ashworth Property Sales & Lettings
22 High Street, Skipton BD23 1JT
01756 555 340

Ashworth Property is a trading name of Ashworth Property Services Ltd. Registered in England & Wales No. 06228815. Registered office: 22 High Street, Skipton BD23 1JT."""),
]
