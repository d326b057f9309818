"""Part en_b: English replies (GB, US, and foreign customers of a French firm). Written by hand, one by one."""

CASES = [
    dict(id="s18enb001", country="GB", date="2026-12-14T10:22", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="PLS-24117", amt="2,184.00", due="2026-11-13",
         frm="Sarah Whitlock <sarah.whitlock3@nhs.net>",
         intent="promise", promise_date="2026-12-17",
         note="NHS AP: scheduled in the BACS run on Thursday 17th December.",
         body="""Good morning,

Thank you for your email.

Invoice PLS-24117 has now been approved and matched to purchase order KTH-4500719. It is scheduled for payment in our next BACS run on Thursday 17th December. Please allow up to 3 working days for the funds to reach your account.

Kind regards

Sarah Whitlock
Accounts Payable Officer
Finance Department
Kirkfield Teaching Hospitals NHS Foundation Trust
Tel: 01632 960 254 (ext. 4471)

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender and delete it. Kirkfield Teaching Hospitals NHS Foundation Trust does not accept liability for any views expressed in this message which are not those of the Trust."""),

    dict(id="s18enb002", country="US", date="2026-12-10T15:41", fmt="outlook", stage="reminder", ago=3,
         inv="BFS-10388", amt="6,420.00", due="2026-11-30",
         frm="Denise Kolb <dkolb@gpsu.edu>",
         intent="paid", paid_on="2026-12-08",
         note="University AP: ACH sent 12/08/2026 with reference.",
         body="""Hello,

This invoice was paid via ACH on 12/08/2026, payment reference 000418836, in the amount of $6,420.00. Please allow 1-2 business days for the funds to post to your account.

Regards,

Denise Kolb
Accounts Payable Specialist
Office of the Controller
Great Plains State University
P: (308) 555-0162 | dkolb@gpsu.edu"""),

    dict(id="s18enb003", country="FR", date="2026-12-09T11:05", fmt="gmail", stage="reminder", ago=2,
         inv="F-2026-0871", amt="3 460,00", due="2026-11-30",
         frm="Bram de Vries <bram@devries-interieur.nl>",
         intent="dispute",
         note="Dutch customer refuses to pay until 3 water-damaged rolls are credited or replaced.",
         body="""Hello,

We do not pay this invoice before the problem with the delivery is solved. From the 12 rolls of fabric, 3 rolls arrived with water damage. I sent pictures to Mrs Cordier on 24 november and got no answer until now.

Please send a credit note for these 3 rolls or replace them, then we pay the rest direct.

Met vriendelijke groet / Kind regards,
Bram de Vries
De Vries Interieur B.V.
Utrecht, Nederland
+31 30 799 4412"""),

    dict(id="s18enb004", country="GB", date="2026-12-21T09:02", fmt="ooo", ago=0,
         inv="PLS-24203", amt="612.50", due="2026-12-04",
         frm="Mark Ellery <mark.ellery@northmoor.gov.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Council auto-reply: returning Monday 4 January 2027.",
         body="""Thank you for your email.

I am now out of the office and will be returning on Monday 4 January 2027. Please note that Council offices are closed between Christmas and New Year.

For urgent procurement queries please contact procurement@northmoor.gov.uk or call 01632 960 418.

Mark Ellery
Procurement Officer
Northmoor Borough Council"""),

    dict(id="s18enb005", country="US", date="2026-12-16T13:12", fmt="gmail", stage="second_reminder", ago=5,
         inv="BFS-10412", amt="1,875.00", due="2026-11-20",
         frm="Kristen Olander <office@halvorsenfamilydental.com>",
         intent="promise",
         note="Office manager: the dentist signs checks after the holidays; no date.",
         body="""Hi there,

I'm Dr. Halvorsen's office manager. He does all the check signing himself and he's holding everything until after the holidays when our year-end numbers are done. Your invoice is in the pile, it will go out then. Sorry for the wait!

Kristen
Halvorsen Family Dental
(402) 555-0133"""),

    dict(id="s18enb006", country="GB", date="2026-12-08T08:47", fmt="apple", stage="reminder", ago=1,
         inv="PLS-24150", amt="348.00", due="2026-11-27",
         frm="Tom Bancroft <tom@bancroftdental.co.uk>",
         intent="paid", paid_on="2026-12-08",
         note="Paid this morning.",
         body="""Paid this morning. Sorry for the delay

Tom

Sent from my iPhone"""),

    dict(id="s18enb007", country="US", date="2026-12-11T10:30", fmt="html_outlook", stage="reminder", ago=4,
         inv="BFS-10367", amt="12,940.00", due="2026-11-25",
         frm="St. Agnes AP Invoice Processing <apinvoices@stagnesrmc.org>",
         intent="copy_request",
         note="Hospital cannot process without a PO; asks for a corrected invoice quoting the PO.",
         body="""Good morning,

We are unable to process invoice BFS-10367 because it does not reference a valid purchase order. Per our vendor terms, all invoices submitted to St. Agnes Regional Medical Center must include a PO number (10 digits, beginning with 45).

Please obtain the PO from the requesting department (Environmental Services) and resubmit a corrected invoice showing the PO number. The invoice will be entered for payment once received. Invoices without a PO will be returned unpaid.

Thank you,

Marisol Quintero
Accounts Payable – Supply Chain Services
St. Agnes Regional Medical Center
1400 S. 42nd Street, Omaha, NE 68105
Phone (402) 555-0178

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s18enb008", country="GB", date="2027-01-06T09:15", fmt="outlook", stage="repeat", ago=2,
         inv="PLS-24088", amt="1,090.00", due="2026-11-06",
         frm="Jane Priestley <j.priestley@ridingslearningtrust.org.uk>",
         intent="contact_change", new_email="finance@hollinscross.org.uk",
         note="Former business manager moved to the trust; send academy invoices to the school finance office.",
         body="""Hello,

I left Hollins Cross Academy at Christmas and now work for the trust centrally, so please don't send invoice correspondence for the academy to me any more.

The finance office at the school deals with all supplier payments now: finance@hollinscross.org.uk. I've forwarded your email to them this morning.

Kind regards,

Jane Priestley
Trust Operations Lead
Ridings Learning Trust"""),

    dict(id="s18enb009", country="FR", date="2026-12-17T17:48", fmt="tb", stage="second_reminder", ago=3,
         inv="F-2026-0902", amt="5 120,00", due="2026-11-30",
         frm="Giulia Ferraro <amministrazione@arrediferraro.it>",
         intent="promise", promise_date="2027-01-08",
         note="Italian customer: office closed 19/12-6/1; transfer on 8 January 2027. Side question about samples.",
         body="""Dear Sirs,

thank you for your message. Our administration office is closed from 19/12 until 6/1 for the holidays. The payment of your invoice F-2026-0902 will be done on 8 January 2027 by bank transfer.

Can you also tell me if the samples of the new velvet collection are ready? Our designer is asking.

Best regards

Giulia Ferraro
Ufficio Amministrazione
Arredi Ferraro S.r.l.
Via Valassina 118 - 20851 Lissone (MB)
Tel. +39 039 245 7710"""),

    dict(id="s18enb010", country="US", date="2026-12-09T19:04", fmt="apple", stage="reminder", ago=1,
         inv="BFS-10401", amt="980.00", due="2026-11-30",
         frm="Rick Danner <rick@dannerautobody.com>",
         intent="other",
         note="Owner has passed the reminder to his bookkeeper; no payment statement.",
         body="""I dont handle the bills, my bookkeeper Carla does. Ive sent this over to her.

Rick

Sent from my iPhone"""),

    dict(id="s18enb011", country="GB", date="2026-12-15T14:20", fmt="gmail", stage="firm", ago=5,
         inv="PLS-24012", amt="3,750.00", due="2026-10-16",
         frm="Dan Hebden <dan@ridingsbrewing.co.uk>",
         intent="plan_request",
         note="Cash-flow problems; asks to split into 4-5 monthly payments, no date committed.",
         body="""Hi,

Sorry it's taken a while to get back to you. December has been brutal for us - two of our bigger pub accounts have gone under owing us money and cash is really tight until the new year.

We absolutely want to clear this but we can't do £3,750 in one go. Would you be OK with us splitting it into monthly payments over, say, 4 or 5 months? Happy to set up a standing order so you don't have to chase.

Let me know what works for you.

Cheers,
Dan Hebden
Director
Ridings Brewing Co. Ltd
07700 900 418"""),

    dict(id="s18enb012", country="US", date="2026-12-22T11:11", fmt="gmail", stage="reminder", ago=1,
         inv="BFS-10455", amt="240.00", due="2026-12-15",
         frm="Linda Moreau <lindamoreau54@gmail.com>",
         intent="unsubscribe",
         body="""Please remove me from your email list. I do not want to receive these automated emails."""),

    dict(id="s18enb013", country="GB", date="2026-12-10T09:03", fmt="bounce",
         inv="PLS-24170", rcpt="p.ramsden@hallamvale.ac.uk", status="5.1.10",
         mta="eu-west-2.amazonses.com", remote="hallamvale-ac-uk.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         intent="bounce",
         body="""Delivery has failed to these recipients or groups:

p.ramsden@hallamvale.ac.uk
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk."""),

    dict(id="s18enb014", country="US", date="2027-01-07T10:40", fmt="tb", stage="reminder", ago=2,
         inv="BFS-10490", amt="2,310.00", due="2026-12-31",
         frm="Gary Lindqvist <glindqvist@lakeviewortho.com>",
         intent="other",
         note="Practice acquired on Dec 1; unclear who pays pre-acquisition invoices, checking with legal. No commitment.",
         body="""Hello,

Lakeview Orthopedics was acquired by Midland Health Partners on December 1. I'm honestly not sure yet who is responsible for invoices for work done before the closing versus after. I've asked our legal team and the new owners' finance people and will get back to you once I hear something.

Gary Lindqvist
Practice Administrator
Lakeview Orthopedics"""),

    dict(id="s18enb015", country="GB", date="2026-12-09T21:37", fmt="gmail", stage="second_reminder", ago=2,
         inv="PLS-24131", amt="420.00", due="2026-11-20",
         frm="Kelly Marsh <kellymarshvets@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Phone-typed: will pay Friday (11 December).",
         body="""sorry been snowed under, will pay it fri

kelly"""),

    dict(id="s18enb016", country="US", date="2026-12-09T14:00", fmt="outlook", stage="second_reminder", ago=2,
         inv="BFS-10333", amt="4,105.00", due="2026-11-15",
         frm="Brenda Ostrowski <bostrowski@louprivercounty.gov>",
         intent="paid", paid_on="2026-12-04",
         note="County: check mailed 12/4/2026.",
         body="""Good afternoon,

Check #118874 in the amount of $4,105.00 was mailed to your remittance address on 12/4/2026. If it has not arrived by the end of next week please let me know and we will look into voiding and reissuing.

Thank you,

Brenda Ostrowski
Accounts Payable Clerk
Loup River County Clerk's Office
(308) 555-0119"""),

    dict(id="s18enb017", country="GB", date="2027-01-11T08:55", fmt="outlook", stage="final_notice", ago=3,
         inv="PLS-23977", amt="1,620.00", due="2026-10-01",
         frm="Graham Oates <graham.oates@oatesfoodtesting.co.uk>",
         intent="dispute",
         note="Angry: contract terminated in August, visit never happened; wants a credit note.",
         body="""Enough.

We terminated the service agreement in writing on 14 August (letter emailed to your Martin Quayle, and I have the read receipt). This invoice is for a quarterly service visit that never happened and that we did not want. I have told your office this twice on the phone already.

Threatening us with debt collectors over an invoice that should not exist is frankly ridiculous. Cancel it and send me a credit note, or I will be making a formal complaint.

Graham Oates
Operations Director
Oates Food Testing Ltd"""),

    dict(id="s18enb018", country="FR", loc="US", date="2026-12-16T21:15", fmt="html_gmail", stage="reminder", ago=1,
         inv="F-2026-0915", amt="2 890,00", due="2026-12-10",
         frm="Alexis Grant <alexis@grantstudio.nyc>",
         intent="paid", paid_on="2026-12-15",
         note="New York designer: wire sent yesterday, 12/15 (reply written 3pm NY time).",
         body="""Hi there,

I sent the wire yesterday, 12/15, from our Chase account. It should show up in a couple of days with the international delay. The reference on the wire is the invoice number.

Happy holidays!

Alexis Grant
Grant Studio Interiors
New York, NY
(212) 555-0187"""),

    dict(id="s18enb019", country="GB", date="2026-12-23T09:00", fmt="ooo", ago=0,
         inv="PLS-24221", amt="890.00", due="2026-12-11",
         frm="Dr Amrit Gill <amrit.gill@nhs.net>",
         intent="out_of_office", return_date="2027-01-04",
         note="On leave 23 Dec to 1 Jan inclusive; first working day after is Monday 4 January.",
         body="""Thank you for your email.

I am on annual leave from 23 December 2026 to 1 January 2027 inclusive, with limited access to email.

For urgent pathology equipment issues please contact the Blood Sciences duty manager on 0113 496 0872. Invoice queries should be sent to the Trust's accounts payable team.

Dr Amrit Gill
Blood Sciences Laboratory Manager
Airedale and Wharfe Hospitals NHS Trust"""),

    dict(id="s18enb020", country="US", date="2026-12-29T11:20", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="BFS-10402", amt="8,760.00", due="2026-11-30",
         frm="Tanya Reyes <treyes@platteviewschools.org>",
         intent="promise", promise_date="2027-01-15",
         note="School district: scheduled for the January 15th check run, checks mailed the same day.",
         body="""Hello,

Invoice BFS-10402 has been approved by the Facilities department and is scheduled for our January 15th check run. Checks are mailed the same day.

Please let me know if you have any questions.

Tanya Reyes
Accounts Payable
Business Office | Platteview Public Schools
402-555-0126"""),

    dict(id="s18enb021", country="GB", date="2027-01-13T12:05", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("PLS-24140", "560.00", "2026-11-27"), ("PLS-24188", "1,210.00", "2026-12-04"), ("PLS-24230", "275.00", "2026-12-18")],
         frm="Rachel Byrne <r.byrne.biochem@gmail.com>",
         intent="copy_request",
         note="Asks for a statement and the missing invoice PLS-24230.",
         body="""Hi,

Could you send us a full statement of account please? There are three of your invoices on this chaser but our system only shows two of them (24140 and 24188) and I can't find 24230 anywhere.

If you could resend the PDF for 24230 along with the statement that would be really helpful, then I can get them all put through together.

Thanks,
Rachel
Department Administrator, Biochemistry
(sorry - writing from my personal account, uni email is down today)"""),

    dict(id="s18enb022", country="US", date="2026-12-24T09:30", fmt="ooo", ago=0, subj_prefix="Out of Office: ",
         inv="BFS-10461", amt="1,320.00", due="2026-12-15",
         frm="Shauna Pike <spike@heartlandlogistics.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Out through 12/31, returning Monday 1/4.",
         body="""Thank you for your message. I am out of the office through 12/31 with no access to email and will return on Monday, 1/4.

For urgent matters, please contact Kevin Blum at kblum@heartlandlogistics.com.

Happy Holidays!"""),

    dict(id="s18enb023", country="GB", date="2026-12-10T15:32", fmt="outlook", stage="reminder", ago=2,
         inv=[("PLS-24092", "740.00", "2026-11-06"), ("PLS-24105", "1,480.00", "2026-11-13"), ("PLS-24119", "395.00", "2026-11-20")],
         frm="Priya Nair <priya.nair@brackenlabs.co.uk>",
         intent="paid", paid_on="2026-12-08",
         note="Partial: two of three invoices paid on Tuesday 8th; third awaiting budget holder approval (no date).",
         body="""Hello,

24092 and 24105 were paid on Tuesday (8th) by BACS, the remittance should have gone to your accounts inbox.

24119 is still sitting with the budget holder for approval. I've chased him.

Regards,
Priya Nair
Purchase Ledger
Bracken Laboratories Ltd
Tel 0114 496 0731"""),

    dict(id="s18enb024", country="US", date="2026-12-14T16:50", fmt="gmail", stage="reminder", ago=3,
         inv="BFS-10419", amt="3,240.00", due="2026-12-05",
         frm="Paul Ferreira <pferreira@millardpediatrics.com>",
         intent="dispute",
         note="Contests the amount: contract rate is $2,700/month, wants breakdown or reissue.",
         body="""Hi,

Our contract rate for the Millard clinic is $2,700/month. This invoice bills $3,240 with no explanation of the difference.

Either send me an itemized breakdown of the extra $540 or reissue the invoice at the contract rate. We'll pay the $2,700 once we have a corrected invoice.

Paul Ferreira
Operations Manager
Millard Pediatrics"""),

    dict(id="s18enb025", country="GB", date="2026-12-15T11:45", fmt="outlook", fwd=True, stage="firm", ago=4,
         subj="FW: Third reminder: invoice PLS-24066 overdue – Pennine Lab Services Ltd",
         inv="PLS-24066", amt="2,940.00", due="2026-10-30",
         frm="Fiona Leckie <f.leckie@hallamvale.ac.uk>",
         intent="promise", promise_date="2026-12-22",
         note="PA forwards the professor's answer: approved today, finance will pay on the 22nd.",
         body="""Good morning,

Please see Professor Aldridge's reply below.

Kind regards,
Fiona Leckie
PA to Professor R. Aldridge, Head of School of Biosciences
University of Hallamvale
0114 496 0205

From: Aldridge, Richard <r.aldridge@hallamvale.ac.uk>
Sent: 15 December 2026 10:12
To: Leckie, Fiona <f.leckie@hallamvale.ac.uk>
Subject: RE: Third reminder: invoice PLS-24066 overdue – Pennine Lab Services Ltd

Fiona - can you tell Pennine the requisition was stuck in the finance system because of the cost centre change. I've approved it this morning and finance say it'll be paid on the 22nd.

R"""),

    dict(id="s18enb026", country="FR", date="2026-12-08T10:10", fmt="outlook", stage="reminder", ago=1,
         inv="F-2026-0860", amt="1 745,00", due="2026-11-30",
         frm="Agnieszka Nowak <a.nowak@meblex.pl>",
         intent="bank_details",
         note="Polish customer asks for the IBAN/BIC on letterhead before it can pay.",
         body="""Dear Sir/Madam,

We would like to pay invoice F-2026-0860 but the PDF we received has no bank details on it (no IBAN / BIC). Our payment system requires the IBAN to be confirmed before we create a new supplier.

Could you please send your bank details on a letter with the company heading?

Kind regards,
Agnieszka Nowak
Accounts Department
Meblex Sp. z o.o.
ul. Poznańska 41, 62-080 Tarnowo Podgórne
tel. +48 61 814 22 90"""),

    dict(id="s18enb027", country="US", date="2027-01-05T13:30", fmt="gmail", stage="final_notice", ago=2,
         inv="BFS-10355", amt="5,600.00", due="2026-11-10",
         frm="Rosa Villanueva <rosa@eastomahaclinic.org>",
         intent="plan_request",
         note="Nonprofit clinic: state grant delayed, asks for a payment plan; no date committed.",
         body="""Hello,

Please don't send this to collections. We are a small nonprofit clinic and our grant reimbursement from the state, which normally arrives in December, has been delayed because of a backlog at the Department of Health. We have every intention of paying.

Is there any way we could set up a payment plan? We could probably manage monthly payments until the reimbursement comes through. I'm happy to get on a call to work something out.

Thank you for understanding,

Rosa Villanueva
Executive Director
East Omaha Community Clinic
(402) 555-0164"""),

    dict(id="s18enb028", country="GB", date="2026-12-11T12:12", fmt="gmail", stage="reminder", ago=1,
         inv="PLS-24166", amt="505.00", due="2026-12-01",
         frm="Helen Marsden <helen.marsden1958@btinternet.com>",
         intent="other",
         note="Wrong recipient: a retired teacher who never ordered anything.",
         body="""Hello,

I think you have the wrong person. I'm a retired teacher, I've never heard of Pennine Lab Services and I certainly haven't ordered anything from you. Perhaps there is another Helen Marsden? Please check your records.

Helen Marsden"""),

    dict(id="s18enb029", country="US", date="2026-12-17T16:05", fmt="apple", stage="second_reminder", ago=3,
         inv="BFS-10398", amt="715.00", due="2026-11-30",
         frm="Joe Petrakis <joe@petrakisrestaurants.com>",
         intent="promise", promise_date="2026-12-21",
         note="Will mail a check on Monday (December 21).",
         body="""Hi Bluestem,

My apologies, this one got buried under the holiday catering orders. I'll put a check in the mail Monday. Thanks for your patience.

-Joe

Joe Petrakis
Petrakis Family Restaurants
Sent from my iPhone"""),

    dict(id="s18enb030", country="GB", date="2026-12-14T08:20", fmt="html_gmail", stage="reminder", ago=3,
         inv="PLS-24173", amt="186.00", due="2026-12-04",
         frm="Jo Whitaker <jo@whitakervets.co.uk>",
         intent="paid", paid_on="2026-12-13",
         note="Paid through the online link on Sunday (13 December).",
         body="""Morning,

I paid this on Sunday through the link in your email, I should have had a receipt somewhere. Let me know if it hasn't come through.

Jo
Whitaker & Lowe Veterinary Surgeons"""),

    dict(id="s18enb031", country="FR", date="2026-12-22T09:01", fmt="ooo", ago=0,
         inv="F-2026-0931", amt="980,00", due="2026-12-15",
         frm="Thornbury Interiors <hello@thornburyinteriors.co.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="British shop closed for Christmas, reopens Tuesday 5 January 2027.",
         body="""Thank you for your email.

Our office is closed for the Christmas break from Tuesday 22 December and reopens on Tuesday 5 January 2027. All emails will be answered on our return.

Wishing you a very Merry Christmas,
The Thornbury Interiors team"""),

    dict(id="s18enb032", country="GB", date="2027-01-14T19:40", fmt="apple", stage="reminder", ago=1,
         inv="PLS-24245", amt="96.00", due="2027-01-08",
         frm="Steve Ingham <steve@inghamcalibration.co.uk>",
         intent="unsubscribe",
         note="Wants the automated reminders to stop; says to phone instead.",
         body="""Please stop sending me these automated reminders. I'm a one man band and I don't need a robot chasing me for £96 every other day.

Take me off your list and if there's a problem ring me like a normal person.

Steve"""),

    dict(id="s18enb033", country="US", date="2027-01-08T09:48", fmt="gmail", stage="repeat", ago=3,
         inv="BFS-10441", amt="1,150.00", due="2026-12-10",
         frm="Angela Brewer <abrewer@brewerinsurancegroup.com>",
         intent="paid", paid_on="2027-01-06",
         note="Paid by card on the portal on 1/6.",
         body="""Paid by credit card on your online portal on 1/6, confirmation # BFS-PAY-77214. Please update your records.

Thank you,
Angela

Angela Brewer | Office Manager
Brewer Insurance Group
(712) 555-0148"""),

    dict(id="s18enb034", country="GB", date="2026-12-08T11:34", fmt="html_outlook", stage="reminder", ago=1,
         inv="PLS-24128", amt="4,380.00", due="2026-11-27",
         frm="Accounts Payable <accounts.payable@hallamvale.ac.uk>",
         intent="dispute",
         note="University AP holds payment: rotor (line 2) never delivered; wants delivery or credit note.",
         body="""Dear Pennine Lab Services,

We have been unable to pay invoice PLS-24128 as the goods have not been receipted on our system.

According to the School of Chemistry, the replacement centrifuge rotor (line 2 of the invoice) was never delivered, and the engineer's visit on 12 November only covered the calibration work. Payment of this invoice will be held until the outstanding item is delivered or a credit note is issued for line 2.

Please quote our PO number HV-PO-0093318 in any correspondence.

Regards,

Accounts Payable Team
Finance Directorate
University of Hallamvale
Tel: 0114 496 0100

The University of Hallamvale is a registered charity (No. 1148390). This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it."""),

    dict(id="s18enb035", country="US", date="2026-12-10T10:02", fmt="outlook", stage="reminder", ago=3,
         inv="BFS-10392", amt="2,050.00", due="2026-11-30",
         frm="Mike Sorensen <msorensen@cedarridgeseniorliving.com>",
         intent="contact_change", new_email="ap@cedarridgeseniorliving.com",
         note="No longer handles AP; send invoices and statements to the AP mailbox.",
         body="""Please update your records - I no longer handle accounts payable for Cedar Ridge Senior Living. Going forward please send all invoices, statements and reminders to ap@cedarridgeseniorliving.com.

I've forwarded this one over to them.

Thanks,
Mike Sorensen
Facilities Director
Cedar Ridge Senior Living"""),

    dict(id="s18enb036", country="GB", date="2026-12-18T15:15", fmt="tb", stage="second_reminder", ago=4,
         inv="PLS-24151", amt="1,320.00", due="2026-11-27",
         frm="Alison Cheung <alison.cheung@moorsidevets.co.uk>",
         intent="promise",
         note="Will pay in the first week of January: a window, no single date.",
         body="""Dear Pennine,

Apologies, our finance manager has been off sick for the last three weeks and things have backed up badly. We will have this paid in the first week of January when she is back.

Regards,
Alison Cheung
Practice Administrator
Moorside Veterinary Group
01422 300 517"""),

    dict(id="s18enb037", country="FR", date="2026-12-14T12:00", fmt="gmail", stage="second_reminder", ago=3,
         inv="F-2026-0874", amt="2 215,50", due="2026-11-25",
         frm="Ciarán O'Dwyer <ciaran@odwyerupholstery.ie>",
         intent="paid", paid_on="2026-12-11",
         note="Irish customer: transfer made on 11/12 (day/month).",
         body="""Hi,

Transfer was made on 11/12 from our AIB account, ref F-2026-0874. It can take a day or two for SEPA to land.

Regards,
Ciarán O'Dwyer
O'Dwyer Upholstery
Cork
+353 21 430 8816"""),

    dict(id="s18enb038", country="US", date="2027-01-04T09:31", fmt="ooo", ago=0,
         inv="BFS-10478", amt="3,880.00", due="2026-12-28",
         frm="Carla Jennings <cjennings@midlandsmc.org>",
         intent="out_of_office", return_date="2027-01-11",
         note="Hospital AP on leave, returning Monday, January 11th.",
         body="""I am currently on leave and will be returning on Monday, January 11th.

During my absence, please direct invoice inquiries to the AP Help Desk at aphelp@midlandsmc.org or (402) 555-0190.

Thank you,
Carla Jennings
Accounts Payable | Midlands Medical Center"""),

    dict(id="s18enb039", country="GB", date="2027-01-12T14:42", fmt="gmail", stage="firm", ago=3,
         inv="PLS-24079", amt="2,460.00", due="2026-11-06",
         frm="Owen Price <owen@priceenvironmental.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Will be settled by the end of January.",
         body="""Hi,

We've had a rough start to the year, but I can confirm this will be settled by the end of January.

Apologies again for the delay.

Regards,
Owen Price
Director
Price Environmental Testing Ltd
07700 900 266"""),

    dict(id="s18enb040", country="US", date="2026-12-09T09:15", fmt="html_outlook", stage="reminder", ago=1,
         inv="BFS-10405", amt="2,775.00", due="2026-11-30",
         frm="Vendor Maintenance <vendormaint@prairielandbank.com>",
         intent="copy_request",
         note="Needs a W-9 and ACH authorization form before the vendor can be set up and paid.",
         body="""Hello,

We have received your invoice BFS-10405; however, Bluestem Facility Services is not yet set up as a vendor in our system. Before payment can be released we need the following:

1. A completed and signed IRS Form W-9 (current revision)
2. The attached ACH Vendor Authorization form, signed, with a voided check or bank letter

Once we have both documents the invoice will be processed in our next payment cycle.

Thank you,

Janelle Ruiz
Vendor Maintenance | Accounts Payable
Prairieland Bank & Trust
Member FDIC"""),

    dict(id="s18enb041", country="GB", date="2027-01-19T10:00", fmt="outlook", stage="repeat", ago=5,
         inv="PLS-24036", amt="6,150.00", due="2026-10-23",
         frm="Calder Analytical Accounts <accounts@calderanalytical.co.uk>",
         intent="other",
         note="Debtor in administration; claim to be submitted to the joint administrators.",
         body="""Dear Sirs,

Please be advised that Calder Analytical Ltd entered administration on 8 January 2027 and Joanne Fielding and Mark Ashworth of Fielding Ashworth LLP were appointed as Joint Administrators.

The company is unable to make payment to creditors outside of the administration process. Please submit details of your claim to the administrators at calder@fieldingashworth.co.uk quoting reference CAL/2027/014.

Yours faithfully,

For and on behalf of Calder Analytical Ltd (in administration)
The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability."""),

    dict(id="s18enb042", country="US", date="2027-01-13T14:10", fmt="html_outlook", stage="final_notice", ago=2,
         inv="BFS-10348", amt="14,200.00", due="2026-11-05",
         frm="Harold Wenzel <hwenzel@dodgecountyne.gov>",
         intent="promise", promise_date="2027-01-20",
         note="County: claim approved by the Board, warrant issued January 20, 2027.",
         body="""Dear Bluestem Facility Services:

Thank you for your notice regarding invoice BFS-10348.

The delay in payment was due to the County's fiscal year-end encumbrance process, which required Board approval for claims against the prior year's maintenance appropriation. The claim was approved by the Board of Commissioners at its January 12 meeting, and a warrant in the full amount of $14,200.00 will be issued on January 20, 2027.

We ask that you please not refer this account to a collection agency. Should you have any questions, please contact me directly.

Respectfully,

Harold Wenzel
Deputy County Clerk – Claims
Dodge County, Nebraska
435 N. Park Ave., Fremont, NE 68025
(402) 555-0112"""),

    dict(id="s18enb043", country="GB", date="2027-01-06T17:22", fmt="gmail", stage="repeat", ago=2,
         inv="PLS-24095", amt="735.00", due="2026-11-13",
         frm="Lisa Gartside <gartsidedairy@outlook.com>",
         intent="paid", paid_on="2027-01-04",
         note="Typos: paid by bank transfer on the 4th Jan; asks to confirm it matched.",
         body="""hi we payed this on the 4th jan by bank transfer, the refrence was our acount number not the invoice number sorry so it might not of matched up. can you check and confirm its cleared thanks

Lisa

Lisa Gartside
Gartside Dairy Farm
Hebden Bridge"""),

    dict(id="s18enb044", country="FR", date="2027-01-07T08:40", fmt="outlook", stage="second_reminder", ago=2,
         inv="F-2026-0948", amt="4 380,00", due="2026-12-20",
         frm="Reto Baumann <kreditoren@stoffwerk-baumann.ch>",
         intent="promise", promise_date="2027-01-14",
         note="Swiss AP: planned for payment on 14.01.2027 in the weekly run.",
         body="""Dear Madam, dear Sir

Thank you for your reminder. The invoice F-2026-0948 has been approved and is planned for payment on 14.01.2027 with our weekly payment run.

Kind regards

Reto Baumann
Kreditorenbuchhaltung / Accounts Payable

Stoffwerk Baumann AG
Tösstalstrasse 62
8400 Winterthur
Switzerland
T +41 52 208 41 30

This message is confidential and intended only for the addressee."""),

    dict(id="s18enb045", country="US", date="2027-01-20T11:15", fmt="gmail", stage="second_reminder", ago=4,
         inv="BFS-10486", amt="1,960.00", due="2026-12-31",
         frm="Dana Whitfield <dwhitfield@riversidevetclinic.com>",
         intent="dispute",
         note="Says the invoice duplicates BFS-10470 (paid 12/22); asks to void it.",
         body="""Hello,

This invoice is a duplicate. BFS-10486 is for the exact same December cleaning service as BFS-10470 - same service dates (12/1-12/31), same PO, same amount. We paid BFS-10470 on 12/22.

Please void BFS-10486 and send me an updated statement showing a zero balance.

Dana Whitfield
Riverside Veterinary Clinic"""),

    dict(id="s18enb046", country="FR", date="2027-01-18T15:30", fmt="gmail", stage="firm", ago=4,
         inv="F-2026-0889", amt="6 940,00", due="2026-11-30",
         frm="Rui Carvalho <rui.carvalho@casacarvalho.pt>",
         intent="plan_request",
         note="Portuguese customer with cash problems asks to pay in 3 or 4 parts; no date.",
         body="""Good afternoon,

We are sorry for the delay with this invoice. After Christmas our sales have been very low and we have a problem with the cash at the moment.

Is it possible to pay this invoice in 3 or 4 parts? Please tell us if this is acceptable for you and we will send the first part.

Best regards,
Rui Carvalho
Casa Carvalho Decoração, Lda.
Rua de Santa Catarina 402, Porto"""),

    dict(id="s18enb047", country="GB", date="2026-12-07T13:05", fmt="outlook", stage="reminder", ago=3,
         inv="PLS-24124", amt="1,080.00", due="2026-11-20",
         frm="Hannah Cole <h.cole@hallamvale.ac.uk>",
         intent="promise",
         note="Assistant for the manager: approved, will go in the next payment run (usually the week after next); no date.",
         body="""Hi,

I'm looking after Dr Sandhu's inbox while she's away at a conference. I've checked with her and the invoice is approved - it should go into the next payment run, which is usually the week after next.

Best wishes,
Hannah Cole
Laboratory Administrator
Department of Chemistry
University of Hallamvale"""),

    dict(id="s18enb048", country="US", date="2026-12-21T10:18", fmt="html_outlook", stage="second_reminder", ago=3,
         inv=[("BFS-10362", "2,480.00", "2026-11-15"), ("BFS-10379", "2,480.00", "2026-11-30"), ("BFS-10410", "640.00", "2026-12-05")],
         frm="Accounts Payable <accountspayable@kellerlogistics.com>",
         intent="paid", paid_on="2026-12-18",
         note="Remittance: all three invoices in one ACH dated 12/18/2026.",
         body="""Good morning,

Please see remittance detail below. All three invoices were included in ACH payment 2026121800412 dated 12/18/2026, total $5,600.00.

Invoice        Amount
BFS-10362     $2,480.00
BFS-10379     $2,480.00
BFS-10410       $640.00

Please allow 1-2 business days for the funds to post.

Thank you,
Sandra Oyelaran
Accounts Payable
Keller Logistics, Inc.
P: 402-555-0151"""),

    dict(id="s18enb049", country="GB", date="2027-01-21T09:50", fmt="outlook", stage="reminder", ago=2,
         inv="PLS-24262", amt="3,120.00", due="2027-01-15",
         frm="Nick Foster <nick.foster@airevalleywater.co.uk>",
         intent="bank_details",
         note="Suspected bank-detail change email from a look-alike domain; wants confirmation by phone before paying.",
         body="""Hi,

Before we pay this - we received an email last week, apparently from your accounts team, saying your bank details have changed to a new account with a different bank. It came from accounts@penninelab-uk.com, which doesn't look right to me.

Can you confirm whether your bank details have actually changed? We won't release anything until someone from your office calls me on 0113 496 0559 to confirm.

Thanks,
Nick Foster
Finance Officer
Aire Valley Water Testing Ltd"""),

    dict(id="s18enb050", country="US", date="2027-01-27T12:03", fmt="gmail", stage="reminder", ago=2,
         inv="BFS-10502", amt="450.00", due="2027-01-20",
         frm="Tony Russo <tonysdeli.omaha@gmail.com>",
         intent="promise", promise_date="2027-01-29",
         note="Will pay by Friday (January 29).",
         body="""will pay by friday. thx"""),
]
