"""Part en_a: handwritten debtor replies (English). Firms: Brindley Electrical & Security Ltd (GB),
Ridgeway Commercial Interiors LLC (US), Climatech Provence SARL (FR, English-speaking customers)."""

CASES = [
    dict(id="s11ena001", country="GB", date="2026-12-08T19:42", fmt="apple", stage="reminder", ago=1,
         inv="INV-31188", amt="186.00", due="2026-11-27",
         frm="Karen Whitlock <karenwhitlock64@btinternet.com>",
         intent="promise", promise_date="2026-12-11",
         note="Household; will pay Friday (reply Tue 8 Dec) = 11 Dec.",
         body="""Sorry forgot all about this. Will pay Friday when I get paid.

Karen

Sent from my iPhone"""),

    dict(id="s11ena002", country="GB", date="2026-12-09T10:17", fmt="gmail", stage="reminder", ago=2,
         inv="INV-31102", amt="642.00", due="2026-11-20",
         frm="The Copper Kettle <hello@copperkettlecafe.co.uk>",
         intent="paid", paid_on="2026-12-09",
         note="Café; paid by bank transfer this morning.",
         body="""Hi there,

Just to let you know I paid this by bank transfer first thing this morning, should be with you today or tomorrow. Reference was the invoice number. Sorry it's late, November was a bit manic with the new fridges going in!

Thanks again to Liam for sorting the extraction fan wiring so quickly.

Jo
The Copper Kettle
14 Market Street, Ludlow
01584 877 302"""),

    dict(id="s11ena003", country="US", date="2026-12-09T14:36", fmt="html_outlook", stage="reminder", ago=3,
         inv="RCI-5512", amt="18,430.00", due="2026-11-30",
         frm="Accounts Payable <ap.invoices@halvorsenmedical.com>",
         intent="copy_request",
         note="Corporate AP cannot find the invoice; asks for a copy showing the PO number before paying.",
         body="""Good afternoon,

We are unable to locate invoice RCI-5512 in our AP system. All vendor invoices must reference a valid Halvorsen Medical Group purchase order number (format PO-7XXXXXX) and be submitted to ap.invoices@halvorsenmedical.com as a PDF attachment. We cannot process payment through third-party payment links.

Please reply with a copy of the invoice showing the PO number so we can match it to the receiving record for the furniture delivered to our Glen Allen clinic.

Thank you,

Denise Carrow
Accounts Payable Specialist
Halvorsen Medical Group | Finance Shared Services
P: (804) 555-0143 ext. 2218

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""),

    dict(id="s11ena004", country="FR", loc="GB", date="2026-12-10T16:50", fmt="gmail", stage="second_reminder", ago=3,
         inv="F-2026-0917", amt="2 340,00", due="2026-11-15",
         frm="Graham Pellow <g.pellow@gmail.com>",
         intent="dispute",
         note="British owner of a house near Aix; new air-con unit leaks, won't pay in full until it is fixed. 'until the 20th' is not a payment date.",
         body="""Hello,

I'm sorry, my French isn't good enough to write this in French, so I hope English is OK.

We are not refusing to pay, but the new unit your engineers fitted in the lounge in October has been dripping water down the wall since the first week. I rang your office twice (spoke to a lady called Sandrine, I think) and was told someone would come back out. Nobody has. The plaster under the indoor unit is now stained and going soft.

I'm not comfortable paying the full 2,340 euros until the leak has been fixed and someone has looked at the wall. Please can you arrange for the engineer to come back? We're at the house until the 20th, then back in the UK until February.

Kind regards,
Graham Pellow
Mas des Oliviers, chemin de la Torse, Aix-en-Provence
+44 7700 918 443"""),

    dict(id="s11ena005", country="GB", date="2026-12-21T09:03", fmt="ooo", ago=0, stage="reminder",
         inv="INV-31305", amt="1,875.00", due="2026-12-04",
         frm="School Office <bursar@stmichaels-wollaston.worcs.sch.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="School closed for Christmas; staff back Monday 4 January (pupils 5 January).",
         body="""Thank you for your email.

The school office is now closed for the Christmas holidays. School reopens to staff on Monday 4th January and to pupils on Tuesday 5th January 2027. Emails will not be monitored during this period.

For urgent safeguarding concerns please contact Children's Services on 01905 822 666.

Mrs A. Fenwick
School Business Manager
St Michael's C of E Primary School"""),

    dict(id="s11ena006", country="GB", date="2026-12-10T08:25", fmt="outlook", stage="second_reminder", ago=1,
         inv="INV-31071", amt="398.40", due="2026-11-13",
         frm="Roger Haddon <roger@haddonlettings.co.uk>",
         intent="unsubscribe",
         note="Landlord, angry: wants to be taken off the automated reminders; no payment statement or dispute of the amount.",
         body="""For the third time, please take this address off your automated reminder list.

I have had a trade account with Brindley for six years, since you started doing the EICRs on my flats, and I pay on the terms I agreed with Steve Brindley in person. I do not need a robot telling me otherwise every other day. If there is a genuine problem, Steve has my mobile.

Stop the emails please.

Roger Haddon
Haddon Lettings
07968 225 104"""),

    dict(id="s11ena007", country="US", date="2026-12-10T11:20", fmt="gmail", stage="reminder", ago=2,
         inv="RCI-5478", amt="3,216.75", due="2026-11-25",
         frm="Tasha Greene <tgreene@bellmeadeproperties.com>",
         intent="promise", promise_date="2026-12-18",
         note="Property manager; approved, in the check run that goes out 12/18.",
         body="""Hi,

Thanks for the reminder. The owner approved this one yesterday so it's in our next check run, which goes out 12/18. You should have it the following week depending on the mail.

Tasha Greene
Property Manager | Bellmeade Properties
The Residences at Stony Point
(804) 555-0112"""),

    dict(id="s11ena008", country="GB", date="2026-12-11T21:14", fmt="tb", stage="firm", ago=2,
         inv="INV-30954", amt="2,960.00", due="2026-10-30",
         frm="Peter Ashworth <treasurer@stbarnabas-kidderminster.org.uk>",
         intent="plan_request",
         note="Church treasurer, rambling: grant delayed, asks to pay in monthly amounts; no date committed.",
         body="""Dear Sir or Madam,

I am the honorary treasurer at St Barnabas and I am writing about your invoice for the new lighting in the church hall and the emergency lights. First I should say the work is excellent and the hall committee are delighted, so please do pass that on to your electricians.

The difficulty is that the PCC agreed the quote back in the summer on the understanding that the diocesan grant would cover most of it, and the grant has now been put back to the new financial year, which for us means April. We simply do not have £2,960 in the general fund at the moment, not with the heating bills we have had this autumn, and I am not permitted to move money out of the restricted funds.

Would it be possible for us to pay this off in monthly amounts until the grant comes through? I would have to take any figure to the standing committee, who meet on the second Tuesday of the month, but I would hope we could manage something in the region of £300 to £400 a month. I would be very grateful if you could let me know what would be acceptable to you, and whether the interest mentioned in your letter would still be added.

With apologies for the delay, and best wishes for Christmas,

Peter Ashworth
Hon. Treasurer, St Barnabas PCC
01562 748 390"""),

    dict(id="s11ena009", country="GB", date="2026-12-11T15:02", fmt="outlook", stage="second_reminder", ago=2,
         inv=[("INV-30998", "1,140.00", "2026-11-06"), ("INV-31046", "387.50", "2026-11-13")],
         frm="Sue Marriott <sue@marriottbookkeeping.co.uk>",
         intent="paid", paid_on="2026-12-10",
         note="Client's bookkeeper: both invoices paid yesterday (10/12) in one transfer.",
         body="""Hello,

I do the books for Halesowen Tyre & Exhaust. Both of these were paid yesterday (10/12) in one transfer of £1,527.50 from their Lloyds account, reference HTE BRINDLEY. Could you let me know if it hasn't arrived by Monday?

Many thanks
Sue

Sue Marriott
Marriott Bookkeeping Services
Tel 0121 550 7731
Mob 07812 604 119"""),

    dict(id="s11ena010", country="GB", date="2026-12-08T09:02", fmt="bounce", stage="reminder",
         inv="INV-31140", amt="224.16", due="2026-11-24",
         rcpt="orders@thevillagehardware.co.uk", status="5.1.1",
         diag="550 5.1.1 <orders@thevillagehardware.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
orders@thevillagehardware.co.uk

The recipient's mail server rejected the address as unknown. The message will not be retried."""),

    dict(id="s11ena011", country="US", date="2026-12-16T17:05", fmt="apple", stage="second_reminder", ago=1,
         inv="RCI-5390", amt="742.00", due="2026-11-16",
         frm="Mike Dombrowski <mike@dombrowskidental.com>",
         intent="paid", paid_on="2026-12-14",
         note="Dental office; check mailed Monday (reply Wed 16 Dec) = 14 Dec.",
         body="""We mailed a check for this on Monday, check #4471, to the Westbrook Drive address. If it crossed with your email, that's why. Let me know if it doesn't show up by the end of next week.

Mike Dombrowski, DDS
Dombrowski Family Dentistry
(804) 555-0166"""),

    dict(id="s11ena012", country="GB", date="2026-12-14T10:48", fmt="html_outlook", stage="reminder", ago=3,
         inv="INV-31212", amt="4,608.00", due="2026-12-01",
         frm="Claire Benning <claire.benning@ashdownfreight.co.uk>",
         intent="contact_change", new_email="purchaseledger@ashdownfreight.co.uk",
         note="Asks that invoices and reminders go to the purchase ledger mailbox instead of her.",
         body="""Good morning,

Please could you update your records so that all invoices, statements and reminders for Ashdown Freight go to our purchase ledger team at purchaseledger@ashdownfreight.co.uk rather than to me personally. I've moved to a different role and these keep getting stuck in my inbox.

I've forwarded this one on to them, so no need to resend it.

Kind regards

Claire Benning
Facilities Coordinator
Ashdown Freight Services Ltd
Direct: 01299 415 820

Ashdown Freight Services Ltd is a company registered in England and Wales, company number 04418273. Registered office: Unit 12, Hoobrook Industrial Estate, Kidderminster DY10 1HY. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""),

    dict(id="s11ena013", country="GB", date="2026-12-15T22:31", fmt="gmail", stage="reminder", ago=5,
         inv="INV-31166", amt="95.00", due="2026-11-26",
         frm="D Okafor <d.okafor88@hotmail.co.uk>",
         intent="unsubscribe",
         note="Very short: asks to be unsubscribed.",
         body="""Unsubscribe please"""),

    dict(id="s11ena014", country="FR", loc="GB", date="2026-12-15T08:14", fmt="apple", stage="reminder", ago=4,
         inv="F-2026-0966", amt="685,00", due="2026-11-30",
         frm="Helen Marsh <helen.marsh@icloud.com>",
         intent="paid", paid_on="2026-12-14",
         note="English owner of a gîte; paid by card via the link yesterday evening; side question whether it came through.",
         body="""Bonjour,

Sorry, I'm replying in English. I paid this yesterday evening with my card using the link in your email – I got a confirmation screen but no email receipt. Could you let me know it came through? It was for the service of the two units at the gîte.

Merci beaucoup,
Helen Marsh

Sent from my iPhone"""),

    dict(id="s11ena015", country="GB", date="2026-12-14T14:20", fmt="outlook", stage="firm", ago=3,
         inv=[("INV-30877", "3,412.80", "2026-10-16"), ("INV-30931", "1,096.00", "2026-10-30")],
         frm="Alan Prentice <alan@prenticeshopfitting.co.uk>",
         intent="other",
         note="Company in administration; claims to go to the administrators. Not a promise, payment or dispute.",
         body="""Dear Sirs,

I regret to inform you that Prentice Shopfitting Ltd entered administration on 4 December 2026. Mark Ellery and Joanne Kaur of Ellery Kaur Restructuring LLP were appointed as joint administrators.

I am no longer able to make any payments on behalf of the company. Any claim in respect of the above invoices should be submitted to the administrators, who will be writing to all known creditors in the coming weeks. Their reference for this case is PSL/2026/118 and they can be contacted on 0121 496 0832.

I am sorry that it has come to this. Your lads did good work for us over the years.

Yours faithfully,

Alan Prentice
Director
Prentice Shopfitting Ltd (in administration)"""),

    dict(id="s11ena016", country="US", date="2026-12-17T13:10", fmt="html_outlook", stage="reminder", ago=2,
         inv="RCI-5531", amt="9,860.00", due="2026-12-07",
         frm="Carla Mendez <cmendez@trilonsystems.com>",
         intent="promise",
         note="Corporate AP: approved, in the first payment run after the holidays; no single day. Closure dates not labelled.",
         body="""Hi,

This invoice has been approved and is scheduled for payment in our first payment run after the holidays. Our offices are closed 12/24 through 1/1 and no payments are released during that time.

Thanks for your patience.

Carla Mendez
Accounts Payable Coordinator
Trilon Systems, Inc.
1500 Boulders Parkway, North Chesterfield, VA 23225
T 804.555.0190"""),

    dict(id="s11ena017", country="GB", date="2026-12-23T08:15", fmt="ooo", ago=1, stage="second_reminder",
         inv="INV-31027", amt="5,284.00", due="2026-11-20",
         frm="Rachel Dunmore <rachel.dunmore@severnside.gov.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Council officer on leave; returning Monday 4 January 2027.",
         body="""Thank you for your email. I am on annual leave from Wednesday 23 December and will be returning to the office on Monday 4 January 2027.

If your enquiry relates to an invoice payment, please contact the Exchequer team at exchequer@severnside.gov.uk or on 01562 732 900. Please note that council offices are closed between 25 December and 1 January.

Rachel Dunmore
Facilities Manager
Property Services | Severnside District Council"""),

    dict(id="s11ena018", country="GB", date="2026-12-14T12:05", fmt="outlook", stage="reminder", ago=3,
         inv="INV-31219", amt="1,326.00", due="2026-12-02",
         frm="Lynne Carver <lynne.carver2@nhs.net>",
         intent="promise", promise_date="2026-12-17",
         note="GP surgery practice manager: in the payment run on Thursday 17th.",
         body="""Hi,

Apologies, this got missed while I was off. I've authorised it now and it will go out in our payment run on Thursday 17th.

Regards

Lynne Carver
Practice Manager
Brook Lane Surgery
Tel: 01384 310 244"""),

    dict(id="s11ena019", country="GB", date="2026-12-16T20:30", fmt="gmail", stage="second_reminder", ago=2,
         inv="INV-31150", amt="1,780.00", due="2026-11-25",
         frm="Tom Hargreaves <tomhargreaves@gmail.com>",
         intent="copy_request",
         note="Wants the actual invoice (breakdown), reissued in the company's name, before paying.",
         body="""Hi,

Can you email me the actual invoice please? All I've had is these reminders and I want to see what the £1,780 is made up of before I pay it. Also it needs to be in the name of Hargreaves Joinery Ltd, not me personally, as the workshop rewire is going through the business.

Cheers
Tom"""),

    dict(id="s11ena020", country="US", date="2026-12-17T09:45", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="RCI-5449", amt="6,120.00", due="2026-11-20",
         frm="Brian Kessler <brian@kesslerlaw-va.com>",
         intent="dispute",
         note="Damaged chairs and credenza; will not pay the full amount until replaced or invoice corrected.",
         body="""Hello,

Before anyone sends me another reminder on this: two of the four conference room chairs arrived with the base cracked, and the credenza had a gouge down the left side door. Your delivery crew took photos and said someone from customer service would call to schedule replacements. That was November 9. I have called twice since and left messages.

We will pay for what arrived in good condition. We are not paying the full $6,120 for damaged items that are still sitting in our conference room. Please have someone call me to sort out the replacements or issue a corrected invoice.

Brian Kessler
Office Manager
Kessler & Oduya PLLC
(804) 555-0138"""),

    dict(id="s11ena021", country="GB", date="2026-12-21T09:40", fmt="outlook", stage="second_reminder", ago=3,
         inv="INV-31098", amt="2,150.00", due="2026-11-20",
         frm="Emma Colley <emma@fernleaprinting.co.uk>",
         intent="paid", paid_on="2026-12-18",
         note="Assistant forwards the MD's answer: paid on Friday (MD writes Mon 21 Dec) = 18 Dec.",
         body="""Hi,

See Mark's reply below – he says this was paid on Friday. He hasn't sent me the remittance yet but I'll chase him for it and pass it on.

Emma
Office Administrator, Fernlea Print Ltd

-----Original Message-----
From: Mark Fernley <mark@fernleaprinting.co.uk>
Sent: Monday, 21 December 2026 08:52
To: Emma Colley <emma@fernleaprinting.co.uk>
Subject: RE: Second reminder: invoice INV-31098 overdue

Paid that Friday from the business account. Tell them to check again.

M"""),

    dict(id="s11ena022", country="GB", date="2026-12-17T11:30", fmt="outlook", stage="reminder", ago=1,
         inv="INV-31251", amt="860.00", due="2026-12-08",
         frm="Finance <finance@rowanhousehospice.org.uk>",
         intent="bank_details",
         note="Charity received a suspicious 'change of bank details' email; asks the firm to confirm its bank details before paying.",
         body="""Dear Brindley Accounts,

Yesterday we received an email, apparently from your company, advising that your bank details have changed and asking us to pay invoice INV-31251 to a new account with Starling Bank. It came from accounts@brindley-electric.co.uk (without the "al"), which we have not seen before.

Before we make any payment, could you please confirm by telephone whether your bank details have in fact changed? We have put the invoice on hold in the meantime. Our finance office is on 01562 745 200, extension 3.

Kind regards,

Gillian Roper
Finance Officer
Rowan House Hospice
Registered charity no. 1098442"""),

    dict(id="s11ena023", country="US", date="2026-12-22T15:25", fmt="gmail", stage="second_reminder", ago=2,
         inv="RCI-5502", amt="2,480.00", due="2026-11-28",
         frm="Jason Whitfield <jason@whitfieldcoffeeco.com>",
         intent="promise", promise_date="2027-01-15",
         note="Coffee shop owner: full balance by January 15.",
         body="""Hey guys,

Honestly December has been rough, the espresso machine died right before the holiday rush. I can get you the full balance by January 15. If that's a problem give me a call and we'll figure something out.

Jason
Whitfield Coffee Co.
(804) 555-0159"""),

    dict(id="s11ena024", country="GB", date="2026-12-20T23:12", fmt="apple", stage="firm", ago=3,
         inv="INV-31009", amt="1,465.00", due="2026-11-10",
         frm="lisa <lisajaneb1985@yahoo.co.uk>",
         intent="plan_request",
         note="Household on sick pay, phone-typed: asks to pay in monthly bits; no date.",
         body="""hi sorry i know this is late, ive been off sick since october and only on ssp so money is really tight. is there any way i can pay it in bits like £100 a month or something. i dont want it going to debt collectors, i will pay it i just cant do it all at once. the fuse board is working great btw

lisa bradley

Sent from my iPhone"""),

    dict(id="s11ena025", country="FR", loc="GB", date="2026-12-18T17:30", fmt="ooo", ago=0, stage="reminder",
         inv="F-2026-1012", amt="3 960,00", due="2026-12-10",
         frm="Finance Office <finance@provence-intl-school.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="International school closed until Sunday 3 January inclusive; first working day back Monday 4 January.",
         body="""Thank you for your message.

The school is closed for the winter break from Saturday 19 December 2026 to Sunday 3 January 2027. The finance office will deal with all emails on our return. For urgent matters concerning the school site, please call the caretaker on +33 6 12 48 77 30.

Merci de votre message. L'école est fermée pendant les vacances d'hiver du 19 décembre au 3 janvier inclus.

Finance Office
Provence International School"""),

    dict(id="s11ena026", country="GB", date="2026-12-19T18:50", fmt="gmail", stage="reminder", ago=3,
         inv="INV-31233", amt="512.40", due="2026-12-07",
         frm="Raj Sandhu <sandhus.convenience@gmail.com>",
         intent="promise", promise_date="2026-12-23",
         note="Shop owner, typos: will pay on the 23rd.",
         body="""hi yes sorry about this, ill pay it on the 23rd when the takings go in the bank, christmas week is are busyest so no problem then. the new alarm panel is much better than the old one, the beeping has stoped lol

Raj
Sandhu's Convenience Store"""),

    dict(id="s11ena027", country="US", date="2026-12-23T10:12", fmt="html_outlook", stage="reminder", ago=3,
         inv=[("RCI-5466", "4,275.00", "2026-11-23"), ("RCI-5497", "1,930.50", "2026-11-30"), ("RCI-5519", "612.00", "2026-12-04")],
         frm="Ramona Patel <rpatel@crestlinehg.com>",
         intent="paid", paid_on="2026-12-22",
         note="Corporate AP remittance: ACH released 12/22 for the three invoices.",
         body="""Hello,

Please see remittance details below. Payment was released via ACH on 12/22/2026 and should post to your account within 1-2 business days.

Payment ID: ACH-0098817
Payment date: 12/22/2026
Total amount: $6,817.50

Invoice #      Amount
RCI-5466       $4,275.00
RCI-5497       $1,930.50
RCI-5519       $612.00

Please direct any questions regarding this payment to apsupport@crestlinehg.com.

Ramona Patel
Accounts Payable
Crestline Hospitality Group"""),

    dict(id="s11ena028", country="GB", date="2027-01-05T12:40", fmt="gmail", stage="second_reminder", ago=1,
         inv="INV-31280", amt="348.00", due="2026-12-11",
         frm="Margaret Ellis <maggie.ellis47@talktalk.net>",
         intent="other",
         note="Wrong recipient: sold the property in October; work was for the new owners.",
         body="""Hello,

I think you have the wrong person. We sold The Old Forge on Hill Lane in October and moved to Shropshire at the end of the month. Whatever work you did there in November would have been for the new owners. I'm afraid I don't have their details, but the estate agent was Newman & Co in Bewdley.

Best wishes for the New Year,
Margaret Ellis"""),

    dict(id="s11ena029", country="GB", date="2027-01-06T14:55", fmt="html_outlook", stage="firm", ago=2,
         inv="INV-31194", amt="7,420.00", due="2026-12-18",
         frm="David Whitcombe <d.whitcombe@haybridgehigh.org.uk>",
         intent="dispute",
         note="School trust, formal: emergency lighting failed test, no commissioning certificate; will pay once remedied. Dates of reminder/test not labelled.",
         body="""Dear Sir or Madam,

Invoice INV-31194 – emergency lighting and fire alarm upgrade, Main Hall and Sports Block

I write in response to your reminder of 4 January.

The Trust does not consider this invoice payable at present. The contract specified that the installation would be handed over with a full commissioning certificate and a passed three-hour duration test. On the test carried out by our site team on 15 December, six fittings in the Sports Block failed within the first hour, and we have still not received the commissioning certificate or the as-fitted drawings.

Your engineer, Mr Patel, acknowledged the failures on site and said the fittings would be replaced before the start of term. They have not been, and we cannot use the Sports Block for evening lettings until this is resolved.

We will process payment in full once the remedial work has been completed and the documentation received. I would be grateful if you could contact me to arrange a date for the works.

Yours faithfully,

David Whitcombe
Business Manager
Haybridge High School – part of the Clent Hills Learning Trust
Tel: 01562 886 213

Clent Hills Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 07934521."""),

    dict(id="s11ena030", country="GB", date="2027-01-07T19:20", fmt="gmail", fresh=True, stage="reminder", ago=3,
         inv="INV-31266", amt="274.00", due="2026-12-14",
         subj="Invoice INV-31266 - paid",
         frm="Steve Oakes <steveoakes@sky.com>",
         intent="paid", paid_on="2027-01-05",
         note="New mail: paid by card over the phone on Tuesday (mail Thu 7 Jan) = 5 Jan; asks that reminders stop as a consequence.",
         body="""Hello,

I had one of your reminders on Monday about the invoice for the outside lights and the doorbell. Just so you know, I rang your office on Tuesday and paid it over the phone by debit card, the girl who took it was called Amy I think. Can you make sure the reminders stop now.

Thanks
Steve Oakes
27 Bramble Close, Hagley"""),

    dict(id="s11ena031", country="US", date="2027-01-04T08:00", fmt="ooo", ago=0, stage="second_reminder",
         inv="RCI-5544", amt="1,288.00", due="2026-12-11",
         frm="Derek Lawson <dlawson@oakpointmgmt.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Out through Friday 1/8; first working day back Monday 1/11.",
         body="""Thank you for your email. I am out of the office through Friday 1/8 with limited access to email.

For maintenance emergencies at any Oak Point community, please call the after-hours line at (804) 555-0175. For accounting questions, please contact Lori Chen at lchen@oakpointmgmt.com.

Derek Lawson
Regional Property Manager
Oak Point Management Group"""),

    dict(id="s11ena032", country="GB", date="2027-01-06T10:05", fmt="tb", stage="firm", ago=2,
         inv="INV-31170", amt="2,085.60", due="2026-11-27",
         frm="Julia Thorne <julia@thornegillvets.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Vet practice manager: will be paid in full by the end of the month (January) = 31 January.",
         body="""Dear Brindley,

Apologies for the delay on this one. We changed accountants over Christmas and the purchase ledger has been in a bit of a state. I can confirm the invoice is correct and it will be paid in full by the end of the month.

Kind regards,
Julia Thorne
Practice Manager
Thorne & Gill Veterinary Surgeons
01384 377 920"""),

    dict(id="s11ena033", country="GB", date="2026-12-23T14:48", fmt="apple", stage="reminder", ago=3,
         inv="INV-31241", amt="968.00", due="2026-12-09",
         frm="The Plough Inn <landlord@theploughinn-clent.co.uk>",
         intent="promise",
         note="Pub landlord: will sort it early January; no single day.",
         body="""Hi, we're flat out with Christmas bookings and I haven't got round to the banking. I'll sort this early January once things calm down. Happy Christmas to all at Brindley.

Gary
The Plough

Sent from my iPad"""),

    dict(id="s11ena034", country="US", date="2027-01-05T16:22", fmt="gmail", stage="reminder", ago=1,
         inv="RCI-5560", amt="3,740.00", due="2026-12-18",
         frm="Kelly Brandt <kbrandt@rivertownlofts.com>",
         intent="contact_change", new_email="ap@summitledgerpartners.com",
         note="No longer handles AP; send this and future invoices to the outside bookkeeping firm.",
         body="""Hi there,

As of January 1 I'm no longer handling AP for Rivertown Lofts – ownership moved the bookkeeping to an outside firm. Please send this invoice and anything going forward to ap@summitledgerpartners.com, attention Rivertown Lofts.

I'll give them a heads up that this one is coming.

Thanks,
Kelly Brandt
Community Manager, Rivertown Lofts"""),

    dict(id="s11ena035", country="FR", loc="GB", date="2027-01-07T21:05", fmt="gmail", stage="second_reminder", ago=3,
         inv="F-2026-1034", amt="1 120,00", due="2026-12-15",
         frm="Niall Brennan <niall@brennanyachtservices.com>",
         intent="promise", promise_date="2027-01-11",
         note="Yacht services firm: will transfer on Monday 11th; side question confirming the IBAN on the invoice.",
         body="""Hi,

Apologies, we've only just reopened after the holidays. I'll transfer it on Monday 11th from our euro account. Your IBAN is still the one printed on the invoice, ending 4412, correct?

Best,
Niall Brennan
Brennan Yacht Services, La Ciotat
+33 6 71 20 58 94"""),

    dict(id="s11ena036", country="GB", date="2027-01-08T11:15", fmt="outlook", stage="second_reminder", ago=4,
         inv="INV-31258", amt="3,184.00", due="2026-12-16",
         frm="Exchequer Services <exchequer@severnside.gov.uk>",
         intent="copy_request",
         note="Council: no PO, no pay; asks for the PO number / a copy of the order and a resubmitted invoice.",
         body="""Dear Supplier,

Thank you for your email. We have been unable to match invoice INV-31258 to an official Severnside District Council purchase order. Under the Council's No PO No Pay policy, invoices that do not quote a valid purchase order number (10 digits, beginning 45) cannot be paid.

Please obtain the PO number from the officer who ordered the works and resubmit the invoice, quoting it, to invoices@severnside.gov.uk. If you have already been issued with a PO, please send us a copy of the order so that we can locate it.

Regards

Exchequer Services
Finance Directorate
Severnside District Council
Tel: 01562 732 900

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Severnside District Council may monitor email traffic."""),

    dict(id="s11ena037", country="GB", date="2026-12-09T13:02", fmt="gmail", stage="second_reminder", ago=1,
         inv="INV-31114", amt="615.00", due="2026-11-20",
         frm="Derek Mills <derek.mills@btopenworld.com>",
         intent="paid", paid_on="2026-12-04",
         note="Angry: paid on 4 December, on his bank statement.",
         body="""I PAID THIS ON THE 4TH OF DECEMBER. It is on my bank statement, £615 to Brindley Electrical, reference INV-31114. This is the second letter I've had since and frankly I don't appreciate being chased like some sort of deadbeat for a bill I've already settled. Check your records before you send any more of these.

D. Mills"""),

    dict(id="s11ena038", country="US", date="2027-01-11T09:30", fmt="html_gmail", stage="firm", ago=4,
         inv="RCI-5487", amt="11,350.00", due="2026-12-01",
         frm="Anthony Russo <arusso@russolind.com>",
         intent="plan_request",
         note="Architect firm, cash tight: asks to split into three monthly payments; no dates.",
         body="""Good morning,

I owe you an apology for going quiet on this. The furniture for our new office is great and there's no issue with the invoice itself. The problem is that two of our clients have pushed their payments to us back to February and our cash position is tighter than I'd like right now.

Would Ridgeway be open to splitting the $11,350 into three monthly payments? I'd rather be upfront about it than keep promising and missing. Happy to sign something if that helps.

Anthony Russo, AIA
Principal
Russo Lind Architects
(804) 555-0129"""),

    dict(id="s11ena039", country="US", date="2026-12-11T14:40", fmt="html_outlook", stage="reminder", ago=2,
         inv="RCI-5503", amt="5,610.00", due="2026-11-30",
         frm="Angela Moss <amoss@blueridgehealth.org>",
         intent="bank_details",
         note="Hospital system wants to pay by ACH; asks for the firm's bank details on letterhead.",
         body="""Hello,

We would like to pay this invoice by ACH, but Ridgeway is currently set up in our system for check payments only. To add electronic payment, please send us your bank name, ABA routing number and account number on company letterhead, signed by an authorized officer, or a voided check. For security reasons we cannot accept banking information typed in the body of an email.

Once received, our vendor maintenance team will verify the details by phone using the number we have on file before any payment is released.

Thank you,
Angela Moss
Vendor Maintenance | Procurement Services
Blue Ridge Health System"""),

    dict(id="s11ena040", country="GB", date="2027-01-12T10:20", fmt="gmail", stage="reminder", ago=1,
         inv="INV-31302", amt="432.00", due="2026-12-31",
         frm="Sarah Pugh <sarah@bloomandbranch.co.uk>",
         intent="other",
         note="Branch staff: invoices are paid by head office, she has forwarded it there; no new address asked for.",
         body="""Hi,

We're just the Stourbridge shop, all our invoices are paid by head office in Worcester. I've forwarded your email on to them.

Sarah
Bloom & Branch"""),

    dict(id="s11ena041", country="US", date="2027-01-12T07:48", fmt="apple", stage="reminder", ago=1,
         inv="RCI-5571", amt="468.00", due="2026-12-28",
         frm="Dana Whitaker <danawhitaker@comcast.net>",
         intent="paid", paid_on="2027-01-12",
         note="Very short: paid online this morning.",
         body="""Paid online this morning. Sorry!

Dana

Sent from my iPhone"""),

    dict(id="s11ena042", country="GB", date="2027-01-11T15:30", fmt="html_outlook", stage="second_reminder", ago=4,
         inv=[("INV-31277", "2,940.00", "2026-12-18"), ("INV-31289", "1,206.00", "2026-12-22")],
         frm="Nicola Webb <purchase.ledger@kinvervalleyhomes.co.uk>",
         intent="promise", promise_date="2027-01-15",
         note="Housing association purchase ledger: both invoices scheduled for BACS on 15/01/2027.",
         body="""Good afternoon,

Thank you for your reminder. Both invoices have now been approved by the budget holder and are scheduled for payment by BACS on 15/01/2027 in our weekly payment run. A remittance advice will be emailed to accounts@brindley-electrical.co.uk on the day of payment.

Kind regards,

Nicola Webb
Purchase Ledger Assistant
Kinver Valley Homes
T: 01384 480 600

Kinver Valley Homes is a registered society under the Co-operative and Community Benefit Societies Act 2014 (No. 31882R) and a registered provider of social housing. Registered office: Mill Lane, Kinver DY7 6BJ."""),

    dict(id="s11ena043", country="US", date="2027-01-18T12:14", off="-0600", fmt="tb", stage="firm", ago=4,
         inv="RCI-5535", amt="2,904.00", due="2026-12-10",
         frm="Marcus Bell <mbell@bellwoodpm.com>",
         intent="promise", promise_date="2027-01-22",
         note="Property manager (Dallas owner): payment goes out Friday the 22nd.",
         body="""Sorry for the delay here, our owner in Dallas has to sign off on anything over $2,500 and he was out for the holidays. Got his approval this morning. Payment will go out Friday the 22nd.

Marcus Bell
Bellwood Property Management
(214) 555-0193"""),

    dict(id="s11ena044", country="GB", date="2027-01-14T20:45", fmt="gmail", stage="second_reminder", ago=3,
         inv="INV-31297", amt="1,776.00", due="2026-12-29",
         frm="Claire Daventry <claire.daventry@outlook.com>",
         intent="dispute",
         note="Household, rambling: invoice £1,776 vs written quote £1,250; will pay the quoted sum, wants a breakdown of the rest.",
         body="""Hello,

I've been meaning to reply to this for a couple of weeks and kept putting it off because I didn't want it to sound rude, but here goes.

When Dean came round in November to look at the kitchen and the extractor, he gave us a written quote for £1,250 including VAT. I've got it in front of me. The invoice is for £1,776, which is over £500 more, and nobody mentioned anything about extra costs while the job was being done. The only thing I can think of is the extra double socket in the utility room, but surely that isn't £500?

I'm happy to pay the £1,250 we agreed, and if there is a genuine reason for the rest I'd like to see it broken down. Until then I don't think it's fair to keep sending me reminders for the full amount.

Thanks,
Claire Daventry
07735 412 668"""),

    dict(id="s11ena045", country="FR", loc="GB", date="2027-01-15T11:05", fmt="html_gmail", stage="reminder", ago=4,
         inv="F-2026-1088", amt="540,00", due="2026-12-31",
         frm="Sophie Langford <sophie.langford@gmail.com>",
         intent="other",
         note="Tenant: the repair was ordered by her landlord, who pays; she has forwarded it to him. Wrong debtor.",
         body="""Hello,

I think this has come to me by mistake. I rent the flat on rue Cardinale and the air conditioning repair in December was arranged by my landlord, Monsieur Bertrand – he told me he would be paying for it as it's his unit. I've forwarded your email to him, but you'd probably be better contacting him directly as I'm only the tenant.

Thanks,
Sophie Langford"""),

    dict(id="s11ena046", country="GB", date="2027-01-14T09:10", fmt="ooo", ago=0, stage="reminder",
         inv="INV-31310", amt="780.00", due="2027-01-08",
         frm="Anne Kelsall <anne@kelsallaccounts.co.uk>",
         intent="out_of_office", return_date="2027-01-18",
         note="Part-time bookkeeper, works Mon-Wed; back Monday 18 January.",
         body="""Hi,

Thanks for your email. I work Monday to Wednesday and will pick this up when I'm back on Monday 18th January. If it's urgent please ring the office on 01746 762 190 and leave a message.

Anne Kelsall
Kelsall Accounts – bookkeeping & payroll"""),

    dict(id="s11ena047", country="US", date="2027-01-19T10:40", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="RCI-5552", amt="14,688.00", due="2026-12-20",
         frm="Gregory Tan <gtan@meridianmutual.com>",
         intent="dispute",
         note="Corporate AP: billed 24 chairs, 20 received; holds payment, asks for credit memo or revised invoice.",
         body="""Hello,

We are holding payment on RCI-5552. The invoice bills for 24 task chairs (item TC-410, $612.00 each), but the signed delivery receipt from 12/14 at our Innsbrook office shows only 20 chairs received. Our three-way match fails on quantity and the invoice cannot be approved as billed.

Please either issue a credit memo for the 4 chairs not delivered ($2,448.00) or send a revised invoice for 20 units. If the remaining 4 are on backorder, you may invoice them separately once delivered.

Regards,

Gregory Tan
Senior AP Analyst
Meridian Mutual Insurance Company
Phone: 804-555-0151

This email and any attachments may contain confidential information intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this message."""),

    dict(id="s11ena048", country="GB", date="2027-01-20T18:33", fmt="apple", stage="firm", ago=2,
         inv="INV-31223", amt="355.00", due="2026-12-04",
         frm="Kyle Dunne <kyledunne_93@icloud.com>",
         intent="promise", promise_date="2027-01-28",
         note="Household: gets paid on the 28th, will pay all of it then.",
         body="""Hi mate, I get paid on the 28th so will pay you then, all of it. Sorry, January's been tight after Christmas

Kyle

Sent from my iPhone"""),

    dict(id="s11ena049", country="GB", date="2027-01-22T13:20", fmt="outlook", stage="repeat", ago=4,
         inv="INV-31204", amt="485.60", due="2026-12-09",
         frm="Bev Tolley <bev@tolleysbakery.co.uk>",
         intent="promise", promise_date="2027-01-29",
         note="Partial payment: £200 paid today, balance £285.60 promised Friday 29th; the outstanding balance is what the firm follows up.",
         body="""Hi,

I've just paid £200 off this by bank transfer as a part payment. The remaining £285.60 will follow on Friday 29th when our January card takings come through.

Sorry for the wait on this one.

Bev Tolley
Tolley's Bakery & Café
High Street, Kinver
01384 872 015"""),

    dict(id="s11ena050", country="US", date="2027-01-27T16:05", fmt="gmail", stage="repeat", ago=2,
         inv="RCI-5589", amt="1,950.00", due="2026-12-30",
         frm="Grace Fellowship Church <office@gracefellowshiprva.org>",
         intent="paid", paid_on="2027-01-26",
         note="Church: check mailed yesterday (Jan 26). The committee meeting on Sunday is not the payment date.",
         body="""Good afternoon,

Our finance committee met Sunday evening and approved payment for the fellowship hall tables. Our bookkeeper, Mrs. Holloway, mailed the check yesterday (Jan 26), check number 10332, in the amount of $1,950.00.

We're grateful for your patience with a small congregation's slow paperwork!

Blessings,
Pastor James Whitley
Grace Fellowship Church
2201 Forest Hill Ave, Richmond, VA 23225
(804) 555-0122"""),
]
