"""Part en_a: handwritten debtor replies (English). Creditors: Calder Valley Van & Fleet Ltd (GB),
Ridgeline Security Services LLC (US), Froidal Équipement CHR SARL (FR, English-speaking customers)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s9ena001", country="GB", date="2026-12-09T19:42", fmt="apple", stage="reminder", ago=2,
         inv="CVF-13214", amt="186.00", due="2026-11-30",
         frm="Gary Holroyd <gaz.holroyd.cabs@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Phone reply: will pay Friday; reply sent Wednesday 9 December, so Friday 11 December.",
         body="""Sorry been flat out this week. Will pay it Friday

Gaz
Holroyds Private Hire

Sent from my iPhone"""),

    dict(id="s9ena002", country="GB", date="2026-12-08T10:15", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("CVF-13188", "2,640.00", "2026-11-20"), ("CVF-13207", "1,278.40", "2026-11-27")],
         frm="Janet Ackroyd <purchaseledger@penninehaulage.co.uk>",
         intent="paid", paid_on="2026-12-07",
         note="Both invoices paid by BACS 'yesterday' (Monday 7 December) in the payment run.",
         body="""Good morning,

Both of these went out by BACS yesterday afternoon in our Monday payment run, £3,918.40 in total. It will show on your statement as PENNINE HAUL CVF13207.

Please allow a day or so for it to reach your account.

Kind regards

Janet Ackroyd
Purchase Ledger
Pennine Haulage & Distribution Ltd
Tel: 01422 883 410 ext. 214

Pennine Haulage & Distribution Ltd. Registered in England No. 04418230. Registered office: Shaw Lane, Elland, West Yorkshire HX5 9QT.
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it from your system."""),

    dict(id="s9ena003", country="GB", date="2026-12-10T16:20", fmt="gmail", stage="reminder", ago=1,
         inv="CVF-13241", amt="485.00", due="2026-12-04",
         frm="Dean Whitworth <dean@whitworthremovals.co.uk>",
         intent="dispute",
         note="Refuses to pay a damage charge: says the scuff was already on the van at pick-up.",
         body="""No chance am I paying this.

That scuff on the nearside rear door was there when we picked the Luton up. Your lad at the yard even said "don't worry about that one, it's already on the sheet". Now you're billing me £485 for it?? Check your own checkout photos before you start sending me reminders.

Not happy at all. Ring me on 07723 418 905 if you want to sort it out, otherwise we'll be taking our hire elsewhere from now on.

Dean Whitworth
Whitworth Removals, Halifax"""),

    dict(id="s9ena004", country="GB", date="2026-12-21T08:03", fmt="ooo", ago=0,
         inv="CVF-13260", amt="1,932.00", due="2026-12-18",
         frm="Lorraine Firth <lorraine.firth@ryburnvalley.gov.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply: on leave from 21 December, back in the office Monday 4 January 2027.",
         body="""Thank you for your email.

I am on leave from Monday 21 December and will return to the office on Monday 4 January 2027. During this time my emails will not be read or forwarded.

For urgent purchase ledger queries please contact Exchequer Services on 01422 393 000 or email exchequer@ryburnvalley.gov.uk. Supplier payments will continue to be made as scheduled over the holiday period.

Lorraine Firth
Senior Exchequer Officer
Ryburn Valley Borough Council"""),

    dict(id="s9ena005", country="GB", date="2026-12-14T23:10", fmt="gmail", stage="second_reminder", ago=4,
         inv="CVF-13152", amt="312.00", due="2026-11-13",
         frm="Ally McLaren <thedroversrest@btinternet.com>",
         intent="promise",
         note="Scottish pub landlord: will settle once past New Year; no single day given.",
         body="""Hiya,

Sorry, I know I've been slack with this one. It's been mental in here wi the Christmas parties and I've no had five minutes to sit down at the laptop.

I'll get it squared up once we're past the New Year, nae bother.

Cheers
Ally
The Drover's Rest, Callander"""),

    dict(id="s9ena006", country="GB", date="2026-12-16T14:30", fmt="outlook", stage="firm", ago=2,
         inv="CVF-13096", amt="1,450.00", due="2026-10-30",
         frm="Michelle Brayshaw <manager@heatherbankcare.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Partial payment of £600 made today; the £850 balance promised for the end of January (31 January). The open promise is what the firm must track.",
         body="""Hello,

Apologies for the delay with this one. Cash flow has been tight this quarter as we are still waiting on fee uplifts from the council.

I have made a payment of £600.00 today by bank transfer (ref HEATHERBANK CVF13096) and the balance of £850.00 will be paid at the end of January once our local authority fees come through.

Please could you make sure no further interest is added in the meantime? The minibus is essential for our residents' outings and hospital appointments and I don't want the account put on stop.

Many thanks,

Michelle Brayshaw
Registered Manager
Heather Bank Care Home
01274 566 218"""),

    dict(id="s9ena007", country="GB", date="2026-12-11T11:48", fmt="html_outlook", stage="reminder", ago=3,
         inv="CVF-13219", amt="2,196.00", due="2026-12-01",
         frm="KAVT Accounts Payable <ap.invoices@kavt.nhs.uk>",
         intent="copy_request",
         note="NHS trust will not pay without an official PO number; asks for the invoice to be resubmitted quoting one.",
         body="""Dear Supplier,

Thank you for your email.

We are unable to process the above invoice as it does not quote a valid Trust purchase order number. In line with the Trust's No PO, No Pay policy, all invoices must quote an official order number (beginning KA4) before they can be registered for payment.

Please obtain the PO number from the department that placed the order (we believe this to be Patient Transport Services) and resubmit the invoice quoting it to ap.invoices@kavt.nhs.uk. Invoices received without a PO will be returned unpaid.

Kind regards

Accounts Payable Team
Finance Shared Services
Kirkstall & Aire Valley NHS Trust

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender immediately. NHS email is monitored for the purposes of security and compliance."""),

    dict(id="s9ena008", country="GB", date="2027-01-06T09:22", fmt="gmail", stage="reminder", ago=2,
         inv="CVF-13277", amt="264.00", due="2026-12-23",
         frm="St Wilfrid's School Bursar <bursar@stwilfridsprimary.org.uk>",
         intent="contact_change", new_email="finance@stwilfridsprimary.org.uk",
         note="Bursar has left; asks that the account be sent to the finance office address from now on.",
         body="""Hello,

Mrs Hinchliffe left the school at the end of term, so this mailbox won't be checked after this week. Could you please update your records and send anything to do with the minibus account to our finance office at finance@stwilfridsprimary.org.uk from now on?

I've passed your reminder on to them so someone can look at the invoice.

Thanks,
Karen Oldroyd
School Office
St Wilfrid's C of E Primary School"""),

    dict(id="s9ena009", country="GB", date="2026-12-17T20:05", fmt="tb", stage="final_notice", ago=1,
         inv="CVF-12987", amt="4,860.00", due="2026-09-30",
         frm="Mick Sutcliffe <mick@mjsutcliffetransport.co.uk>",
         intent="plan_request",
         note="Asks to clear the repair bill in monthly instalments; no amounts or dates committed.",
         body="""Hi,

I know this one has gone on far too long and I'm not trying to dodge it. We lost our main contract in October when the food distribution depot at Normanton shut and things have been very tight since.

Is there any way I can pay it off in instalments over the next few months instead of all in one go? I can manage a fair bit each month, just not £4,860 in one hit before Christmas. Please don't send it to collections, I'd rather sort it direct with you.

Thanks
Mick Sutcliffe
M & J Sutcliffe Transport
07811 204 577"""),

    dict(id="s9ena010", country="GB", date="2026-12-09T15:05", fmt="html_outlook", stage="reminder", ago=1,
         inv="CVF-13230", amt="738.50", due="2026-12-02",
         frm="Sunita Mistry <s.mistry@oakwellcaregroup.co.uk>",
         intent="bank_details",
         note="Received a suspicious 'new bank details' email; asks the firm to confirm its real bank details before paying.",
         body="""Good afternoon,

Before we release payment on this invoice, can you please confirm your bank details?

Last week we received an email, apparently from your accounts team, saying that Calder Valley Van & Fleet had moved banks and giving us a new sort code and account number with Starling. It came from a slightly different address (accounts@caldervalleyfleet-uk.com), which made us suspicious.

We have not changed anything on our system. Could someone please call me on 0113 496 0732 to confirm the correct details verbally? We will not pay to the new account until we have spoken to you.

Regards,

Sunita Mistry
Finance Officer
Oakwell Care Group Ltd
Oakwell House, 22 Bradford Road, Birstall WF17 9PH

Oakwell Care Group Ltd is registered in England and Wales, company number 07322815."""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s9ena011", country="GB", date="2026-12-12T10:31", fmt="gmail", stage="heads_up", ago=3,
         inv="CVF-13268", amt="94.80", due="2026-12-15",
         frm="Pauline Greenwood <pgreenwood1954@btinternet.com>",
         intent="unsubscribe",
         note="Household customer asks to stop the automatic emails; pays from the posted invoice. No date committed.",
         body="""Please take me off these automatic emails.

I pay my bill when the invoice comes through the post, as I always have done, and I don't need reminding by a computer before it is even due.

Mrs P. Greenwood"""),

    dict(id="s9ena012", country="GB", date="2027-01-08T13:12", fmt="apple", stage="second_reminder", ago=1,
         inv="CVF-13199", amt="620.00", due="2026-11-25",
         frm="Rob Kershaw <robkershaw@icloud.com>",
         intent="other",
         note="Wrong recipient: says he has never been a customer and the invoice is for another business.",
         body="""Hi,

I think you've got the wrong email address. I've never hired anything from you. I clicked the link and the invoice is for a company called Ashdown Joinery, nothing to do with me. My address is very similar to a lot of other people's so this happens now and again.

Might be worth checking with your customer.

Rob"""),

    dict(id="s9ena013", country="GB", date="2026-12-10T12:40", fmt="gmail", stage="second_reminder", ago=2,
         inv="CVF-13141", amt="2,310.00", due="2026-11-11",
         frm="Ciaran Magennis <ciaran@mournefreight.com>",
         intent="promise", promise_date="2026-12-21",
         note="Northern Irish 'Monday week' written on Thursday 10 December = Monday 21 December.",
         body="""Hi there,

Got your email. The money for this will be with you Monday week, we're waiting on a big payment coming in from one of the supermarkets. Sorry about the delay, it's not like us.

Thanks
Ciaran
Mourne Freight Ltd, Newry
028 3026 1147"""),

    dict(id="s9ena014", country="GB", date="2026-12-17T09:55", fmt="gmail", stage="second_reminder", ago=3,
         inv="CVF-13180", amt="427.20", due="2026-11-26",
         frm="Fiona Reid <fiona@reidskitchen.co.uk>",
         intent="paid", paid_on="2026-12-15",
         note="Scottish 'Tuesday there' = last Tuesday, 15 December (reply sent Thursday 17th).",
         body="""Morning,

That was paid on Tuesday there by bank transfer so it should be with you by now. If it's no showing your end let me know and I'll get the bank to send over a confirmation.

Thanks,
Fiona Reid
Reid's Kitchen
Stockbridge, Edinburgh"""),

    dict(id="s9ena015", country="GB", date="2027-01-12T11:05", fmt="html_outlook", stage="reminder", ago=6,
         inv="CVF-13290", amt="7,344.00", due="2027-01-05",
         frm="Graham Pickles <graham.pickles@ryburnvalley.gov.uk>",
         intent="dispute",
         note="Council disputes the daily rate (framework rate lower) and the number of hire days; asks for a credit note and reissue.",
         body="""Dear Calder Valley Van & Fleet,

Invoice CVF-13290 – short-term hire of 6 x 3.5t tippers (Highways Winter Service)

I refer to your reminder of 6 January. We have not paid the above invoice because the daily rate charged (£68.00 per vehicle per day) does not match the rate in the call-off schedule under our fleet hire framework agreement, which is £54.50 per vehicle per day for this vehicle class, inclusive of delivery and collection.

We have also been charged for 18 hire days per vehicle, whereas our depot records show the vehicles were off-hired on Sunday 20 December, which gives 15 days.

Please issue a credit note for the full value of the invoice and a replacement invoice at the framework rate for the correct number of days. Once received it will be processed within our standard 30-day terms.

Yours faithfully

Graham Pickles
Fleet Services Manager
Ryburn Valley Borough Council
Depot Road, Sowerby Bridge HX6 2JL
Tel: 01422 393 512"""),

    dict(id="s9ena016", country="GB", date="2026-12-23T10:14", fmt="ooo", ago=0,
         inv="CVF-13283", amt="960.00", due="2026-12-22",
         frm="Paul Dobson <paul.dobson@kavt.nhs.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="Auto-reply: annual leave, back in the office Tuesday 5 January.",
         body="""I am currently on annual leave with limited access to email. I will be back in the office on Tuesday 5th January.

If your query is urgent, please contact the Transport Services office on 0113 392 6640.

Thank you

Paul Dobson
Transport & Logistics Manager
Kirkstall & Aire Valley NHS Trust"""),

    dict(id="s9ena017", country="GB", date="2026-12-15T16:40", fmt="outlook", stage="final_notice", ago=2,
         inv=[("CVF-13044", "3,120.00", "2026-10-16"), ("CVF-13102", "1,896.00", "2026-11-06")],
         frm="Elizabeth Kitching <e.kitching@wharfedalecollection.co.uk>",
         intent="promise", promise_date="2026-12-22",
         note="Formal letter: both invoices approved and in the BACS payment run on Tuesday 22 December (not the letter's deadline).",
         body="""Dear Sir or Madam,

Re: Invoices CVF-13044 and CVF-13102 – The Wharfedale Collection

Thank you for your letter of 11 December, which I have now had the opportunity to review with our group accountant.

I must first apologise for the delay in settling these accounts. Following our acquisition of the Grassington Fold Hotel in September, our purchase ledger was migrated to a new accounting system, and a number of supplier accounts, including yours, were not set up correctly for payment. This has now been put right.

I can confirm that both invoices have been approved in full and have been included in our next supplier payment run, which will be made by BACS on Tuesday 22 December. You should see the funds in your account the same day or the following morning.

In the light of the above, I would be grateful if you would refrain from referring the matter to a collection agency. Should you wish to discuss it further, I can be reached directly on 01943 608 221.

Yours faithfully,

Elizabeth Kitching ACMA
Finance Director
The Wharfedale Collection Ltd

Registered in England and Wales No. 09657310
Registered office: The Old Mill, Bridge Lane, Ilkley LS29 9EU"""),

    dict(id="s9ena018", country="GB", date="2026-12-14T09:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="CVF-13176", amt="1,140.00", due="2026-11-24",
         frm="Leanne Marsden <office@marsdentaxis.co.uk>",
         intent="paid", paid_on="2026-12-11",
         note="Office manager forwards the owner's internal answer: paid 'Friday' (written Monday 14 Dec) = 11 December.",
         body="""Hi,

Please see Steve's reply below, hopefully that clears it up. If it still isn't showing give me a shout and I'll dig out the bank statement.

Thanks
Leanne

---------- Forwarded message ---------
From: Steve Marsden <steve@marsdentaxis.co.uk>
Date: Mon, 14 Dec 2026 at 08:51
Subject: Re: Second reminder: invoice CVF-13176 overdue – Calder Valley Van & Fleet Ltd
To: Leanne Marsden <office@marsdentaxis.co.uk>

Paid that Friday from the business account, all £1,140 of it. Tell them to check again.

S"""),

    dict(id="s9ena019", country="GB", date="2027-01-11T07:48", fmt="tb", stage="repeat", ago=4,
         inv="CVF-13165", amt="1,015.20", due="2026-11-18",
         frm="Shaun Kellett <shaun@kellettbros.co.uk>",
         intent="copy_request",
         note="Asks for a copy of the invoice and the hire agreement / mileage sheet so the boss can sign it off.",
         body="""morning,

can you send me a copy of this invoice again please, i cant find it anywhere on our system and the link in your email just goes to a login page on my phone. Also need the hire agreement or mileage sheet for the 7.5 tonner as the boss wants to check the excess milage charge before he signs it off

ta
Shaun
Kellett Bros Haulage"""),

    dict(id="s9ena020", country="GB", date="2027-01-19T18:26", fmt="gmail", stage="second_reminder", ago=2,
         inv="CVF-13305", amt="548.00", due="2027-01-08",
         frm="Tariq Hussain <fivewaystaxis@hotmail.co.uk>",
         intent="promise", promise_date="2027-01-25",
         note="Will clear it when the council pays on the 25th (January).",
         body="""hi sorry about this one, the council pay us for the school runs on the 25th so ill clear it then. cheers

tariq
fiveways taxis"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s9ena021", country="GB", date="2027-01-14T14:20", fmt="outlook", stage="firm", ago=3,
         inv=[("CVF-13118", "2,880.00", "2026-11-13"), ("CVF-13187", "1,642.50", "2026-11-27")],
         frm="Holly Naylor <holly.naylor@holmemossrestructuring.co.uk>",
         intent="other",
         note="Debtor in administration: administrators say pre-appointment debts cannot be paid outside the process; claim via proof of debt.",
         body="""Dear Sirs,

Thornber Logistics Limited – In Administration

Your email to the company's accounts inbox has been passed to us. Please note that Matthew Ellis and Rachel Gaunt of Holme Moss Restructuring LLP were appointed Joint Administrators of Thornber Logistics Limited on 8 January 2027.

The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability. Amounts owed by the company for the period before the appointment cannot be paid outside the administration.

If you believe you are a creditor, please complete the attached proof of debt form and return it to us together with copies of the outstanding invoices. Further information will be set out in the Administrators' proposals, which will be sent to all known creditors within the statutory timeframe.

Kind regards

Holly Naylor
Case Administrator
Holme Moss Restructuring LLP
3 Cloth Hall Street, Huddersfield HD1 2EG
Tel: 01484 950 611

Holme Moss Restructuring LLP is a limited liability partnership registered in England and Wales, No. OC421877. Matthew Ellis and Rachel Gaunt are licensed in the UK as insolvency practitioners by the Insolvency Practitioners Association."""),

    dict(id="s9ena022", country="GB", date="2026-12-18T12:02", fmt="apple", stage="reminder", ago=1,
         inv="CVF-13252", amt="139.00", due="2026-12-10",
         frm="Jonny Ashworth <jonnyashworth88@gmail.com>",
         intent="paid", paid_on="2026-12-18",
         note="Very short phone reply: just paid online (the day of the reply).",
         body="""Just paid it online, sorry for the delay

Sent from my iPhone"""),

    dict(id="s9ena023", country="GB", date="2026-12-18T13:45", fmt="outlook", stage="reminder", ago=4,
         inv="CVF-13246", amt="715.00", due="2026-12-09",
         frm="Anne-Marie Crowther <a.crowther@bailiffbridgeacademy.org.uk>",
         intent="promise",
         note="Approved; will go in the first payment run in January. No single day given.",
         body="""Hi,

Apologies, your reminder came in just as we were closing down for the end of term. The invoice for the minibus service and tyres has been approved by the Head and will go through in our first payment run in January, as the finance system is locked over the holiday.

Kind regards

Anne-Marie Crowther
School Business Manager
Bailiff Bridge Academy
Part of the Calder Learning Trust"""),

    dict(id="s9ena024", country="GB", date="2027-01-05T15:12", fmt="gmail", stage="reminder", ago=1,
         inv="CVF-13298", amt="176.00", due="2026-12-31",
         frm="Wendy Haigh <thewoolpackstainland@gmail.com>",
         intent="dispute",
         note="Pub contests a two-day hire charge: van returned the same day; will pay the one-day rate once the invoice is corrected.",
         body="""Hiya,

Just querying this before I pay it. We had the Transit for the beer festival kit on the 19th and it was back in your yard by half five the same day, but we've been charged for two days. Your booking confirmation says 1 day at £88.

Can you correct it and send us a new one for £88 and I'll pay it straight away.

Cheers
Wendy
The Woolpack, Stainland"""),

    dict(id="s9ena025", country="GB", date="2026-12-29T21:14", fmt="apple", stage="firm", ago=1,
         inv="CVF-13221", amt="645.00", due="2026-11-30",
         frm="Kelly Thwaite <kellythwaite@hotmail.com>",
         intent="plan_request",
         note="Household asks to pay the car repair bill at about £50 a month; no start date.",
         body="""Hi,

I'm really sorry, I know this is overdue. Christmas has cleaned me out and I've had my hours cut at work. Would you be able to let me pay it off at about £50 a month? I don't want it going any further than this.

Thanks
Kelly Thwaite

Sent from my iPhone"""),

    dict(id="s9ena026", country="GB", date="2026-12-08T09:04", fmt="bounce", stage="reminder",
         inv="CVF-13203", amt="1,206.00", due="2026-11-27",
         rcpt="accounts@hollinsworthfreight.co.uk", status="5.1.1",
         diag="550 5.1.1 <accounts@hollinsworthfreight.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: recipient address unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
accounts@hollinsworthfreight.co.uk

The recipient's mail server rejected the address as unknown. No further attempts will be made."""),

    dict(id="s9ena027", country="GB", date="2026-12-24T16:02", fmt="ooo", ago=0,
         inv="CVF-13285", amt="2,448.00", due="2026-12-18",
         frm="Keighley & Craven Freight <office@kcfreight.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Office closed for Christmas, reopens Monday 4 January 2027.",
         body="""Thank you for your email.

Our office is now closed for the Christmas break and will reopen on Monday 4th January 2027. Emails will be dealt with on our return.

For urgent transport bookings please ring the traffic office on 01535 644 900, which is staffed 29th-31st December.

Wishing you a Merry Christmas and a Happy New Year from all at Keighley & Craven Freight."""),

    dict(id="s9ena028", country="GB", date="2027-01-07T14:18", fmt="html_outlook", stage="reminder", ago=2,
         inv="CVF-13270", amt="3,960.00", due="2026-12-31",
         frm="Iain Fraser <iain.fraser@strathdearn.gov.uk>",
         intent="promise", promise_date="2027-01-14",
         note="Scottish council: approved and scheduled in the BACS run of 14/01/2027 (numeric UK date).",
         body="""Good afternoon,

I can confirm that invoice CVF-13270 has been matched to purchase order 4500288173 and approved. It is scheduled for payment in the BACS run of 14/01/2027.

Please note that our payment runs take place weekly on Thursdays. A remittance advice will be emailed to accounts@caldervalleyfleet.co.uk on the day of payment.

Kind regards

Iain Fraser
Creditors Team | Finance Services
Strathdearn Council
Tel: 01463 702 118

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it. Strathdearn Council may monitor email for security purposes."""),

    dict(id="s9ena029", country="GB", date="2027-01-13T11:40", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="CVF-13258", amt="392.40", due="2026-12-16",
         frm="Gemma Lockwood <office@brookleighhouse.co.uk>",
         intent="paid", paid_on="2027-01-13",
         note="Paid by card through the payment link this morning.",
         body="""Hi,

I've just paid this by card through the link in your email, this morning at about 10.30. I've got a confirmation number PAY-58231 if that helps.

Sorry it's late, our administrator has been off sick since before Christmas and things have piled up.

Best wishes
Gemma
Brookleigh House Residential Home
01924 273 551"""),

    dict(id="s9ena030", country="GB", date="2026-12-08T06:55", fmt="gmail", stage="reminder", ago=1,
         inv="CVF-13225", amt="870.00", due="2026-12-01",
         frm="Lee Bairstow <leebairstow77@gmail.com>",
         intent="contact_change", new_email="ap@bairstowfreight.co.uk",
         note="Driver who signed for the hire asks that invoices go to the company's accounts address.",
         body="""Mate I'm just the driver who signed for the van. Send this to our accounts at ap@bairstowfreight.co.uk not my email. Cheers

Lee"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s9ena031", country="US", date="2026-12-09T10:20", fmt="outlook", stage="reminder", ago=2,
         inv="RSS-40488", amt="1,860.00", due="2026-11-30",
         frm="Donna Kowalski <dkowalski@millbrookheightsboro.org>",
         intent="promise", promise_date="2026-12-18",
         note="Municipality: check will be issued on 12/18 (month-first, Friday 18 December).",
         body="""Good morning,

Your invoice RSS-40488 for alarm monitoring at the municipal building (Oct-Dec) was approved at the Borough Council meeting on December 7. Checks are issued on the third Friday of the month, so your check will be issued on 12/18 and mailed that afternoon.

Please note the Borough does not pay vendors by ACH at this time.

Thank you,

Donna Kowalski
Finance Clerk
Borough of Millbrook Heights
400 Market Street, Millbrook Heights, PA 17052
(717) 555-0122"""),

    dict(id="s9ena032", country="US", date="2027-01-07T15:33", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("RSS-40391", "6,214.00", "2026-11-15"), ("RSS-40455", "6,214.00", "2026-12-01"), ("RSS-40520", "6,214.00", "2026-12-15")],
         frm="Keystone Regional Distribution AP <accountspayable@keystoneregional.com>",
         intent="paid", paid_on="2027-01-06",
         note="Corporate AP remittance: three invoices paid by ACH on 1/6/2027.",
         body="""Hello,

Please see payment details below. The invoices listed were paid via ACH on 1/6/2027.

Payment ID: 0004471286
Trace #: 031100209917428
Payment amount: $18,642.00

Invoice #      Amount
RSS-40391      $6,214.00
RSS-40455      $6,214.00
RSS-40520      $6,214.00

Please allow 1-2 business days for funds to post. For any future inquiries please reference our vendor number V-118274.

Thank you,
Accounts Payable
Keystone Regional Distribution, Inc.
1 Logistics Parkway, Carlisle, PA 17015"""),

    dict(id="s9ena033", country="US", date="2027-01-04T12:10", fmt="gmail", stage="reminder", ago=0,
         inv="RSS-40611", amt="1,320.00", due="2026-12-31",
         frm="Tony Russo <tony@russostavern.com>",
         intent="dispute",
         note="Angry restaurant owner: guard never showed on New Year's Eve; refuses to pay for that shift.",
         body="""Are you kidding me? Your guy never showed up on New Year's Eve. We had 200 people in here and I had my bartender working the door. I called your after-hours line three times and nobody picked up.

I'm not paying $1,320 for a service we didn't get. Take the NYE shift off the invoice ($480) and then we can talk about the rest. And frankly I want somebody from management to call me.

Tony Russo
Owner, Russo's Tavern & Grill
(717) 555-0193"""),

    dict(id="s9ena034", country="US", date="2026-12-28T09:31", fmt="ooo", ago=0,
         inv="RSS-40587", amt="3,450.00", due="2026-12-20",
         frm="Melissa Tran <mtran@harrowgatehealth.com>",
         intent="out_of_office", return_date="2027-01-05",
         note="Out of office through Monday January 4, so back Tuesday January 5.",
         body="""Thank you for your message. I am out of the office through Monday, January 4, with no access to email. I will respond to your message when I return.

For urgent AP matters, please contact ap@harrowgatehealth.com.

Best regards,
Melissa Tran
Accounts Payable Specialist
Harrowgate Health Partners"""),

    dict(id="s9ena035", country="US", date="2026-12-10T13:50", fmt="html_outlook", stage="reminder", ago=2,
         inv="RSS-40502", amt="2,980.00", due="2026-12-01",
         frm="Purchasing Office <purchasing@ybasd.org>",
         intent="copy_request",
         note="School district cannot pay until it receives a signed W-9 and an invoice quoting its PO number.",
         body="""Good afternoon,

We received your reminder regarding invoice RSS-40502. Unfortunately we are unable to process payment because Ridgeline Security Services is not yet set up as a vendor in our system.

We need a completed and signed IRS Form W-9 before a vendor number can be assigned and payment released. Please also make sure the invoice references our purchase order number 27-00418 (camera installation, Yellow Breeches Middle School) and send both documents to purchasing@ybasd.org.

Once we have them, the invoice will go on the next Board-approved bill list.

Thank you,

Linda Stauffer
Purchasing Coordinator
Yellow Breeches Area School District
(717) 555-0140 ext. 2210"""),

    dict(id="s9ena036", country="US", date="2026-12-11T21:45", fmt="gmail", stage="reminder", ago=3,
         inv="RSS-40533", amt="149.85", due="2026-12-01",
         frm="Brittany Shaffer <brittshaffer22@yahoo.com>",
         intent="promise",
         note="Homeowner will pay 'when I get paid next week'; no single day.",
         body="""hi sorry i missed this. ill pay it when i get paid next week. thanks

Brittany"""),

    dict(id="s9ena037", country="US", date="2026-12-14T11:05", fmt="apple", stage="second_reminder", ago=4,
         inv="RSS-40466", amt="2,475.00", due="2026-11-20",
         frm="Sharon Whitaker <swhitaker@summitpm.com>",
         intent="paid", paid_on="2026-12-10",
         note="HOA manager: check #4471 mailed 12/10 (month-first).",
         body="""Hi,

Our check #4471 for $2,475.00 was mailed on 12/10 to your Commerce Drive address. With the holiday mail it may take a few extra days to reach you. Please let me know if it hasn't arrived by the end of next week and I'll put a stop on it and reissue.

Thanks,

Sharon Whitaker, CMCA
Community Association Manager
Laurel Ridge Homeowners Association
c/o Summit Property Management
(717) 555-0166"""),

    dict(id="s9ena038", country="US", date="2027-01-12T10:02", fmt="outlook", stage="reminder", ago=1,
         inv="RSS-40648", amt="4,120.00", due="2027-01-05",
         frm="Carlos Mendez <vendormaintenance@svfoods.com>",
         intent="bank_details",
         note="Corporate AP asks for the vendor's bank details (letterhead or voided check) to pay by ACH.",
         body="""Hi,

We are moving all vendor payments from paper check to ACH. In order to pay this invoice and future invoices, we need your banking information (bank name, ABA routing number and account number) either on company letterhead signed by an officer, or a voided check.

For security reasons we cannot accept banking details in the body of an email. Once we receive the letter, a member of our team will call the phone number we have on file to verify it before anything is set up.

Please send the signed letter or voided check to vendormaintenance@svfoods.com, referencing vendor #20417.

Thanks,

Carlos Mendez
Vendor Maintenance | Accounts Payable
Susquehanna Valley Foods, Inc."""),

    dict(id="s9ena039", country="US", date="2027-01-18T19:40", fmt="gmail", stage="repeat", ago=4,
         inv="RSS-40559", amt="89.97", due="2026-12-15",
         frm="Dale Hoover <dhoover1961@comcast.net>",
         intent="unsubscribe",
         note="Rude request to be taken off the email list.",
         body="""UNSUBSCRIBE

This is the third time I have asked to be taken off this list. Stop emailing me."""),

    dict(id="s9ena040", country="US", date="2026-12-16T16:12", fmt="gmail", stage="reminder", ago=2,
         inv="RSS-40541", amt="612.00", due="2026-12-05",
         frm="Dr. Amy Patel <amy@patelfamilydentistry.com>",
         intent="other",
         note="Passed to the bookkeeper; no payment statement or date.",
         body="""Hi there,

I've passed this along to our bookkeeper, Janine, who handles all of our bills. She's only in the office on Tuesdays and Thursdays so it might be a few days before you hear from her.

Thanks,
Amy

Dr. Amy Patel, DMD
Patel Family Dentistry
Camp Hill, PA"""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s9ena041", country="US", date="2027-01-20T08:47", fmt="gmail", stage="reminder", ago=2,
         inv="RSS-40662", amt="525.00", due="2027-01-10",
         frm="Rick Delgado <office@midstateautosales.com>",
         intent="promise", promise_date="2027-01-22",
         note="Check goes out Friday 1/22 (month-first).",
         body="""Got it. Our owner only signs checks on Fridays, so this will go out Friday 1/22.

Rick Delgado
Office Manager
Mid-State Auto Sales
(717) 555-0177"""),

    dict(id="s9ena042", country="US", date="2026-12-22T14:05", fmt="html_outlook", stage="reminder", ago=1,
         inv="RSS-40574", amt="1,245.00", due="2026-12-12",
         frm="Jennifer Holt <jholt@brandtkessler.com>",
         intent="paid", paid_on="2026-12-18",
         note="Paid by corporate card on the portal on December 18, before the reminder was sent.",
         body="""Hello Ridgeline team,

This invoice was paid on December 18 by corporate card through your online portal (confirmation 7QX2-1180). Please update your records, and let me know if anything else is showing open on our account before year end.

Best,

Jennifer Holt
Facilities Coordinator
Brandt & Kessler Engineering, P.C.
55 North Second Street, Harrisburg, PA 17101
O: (717) 555-0109

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""),

    dict(id="s9ena043", country="US", date="2027-01-08T11:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="RSS-40509", amt="7,880.00", due="2026-12-10",
         frm="Gary Nolt <gnolt@conewagofallstwp.org>",
         intent="promise", promise_date="2027-01-13",
         note="Township: approval at the Tuesday January 12 board meeting, checks cut the following day = January 13.",
         body="""Good morning,

Apologies for the delay on this. The December board meeting was cancelled because of the snow, so the bill list was carried over.

Your invoice for the access control system at the public works garage will be presented for approval at the Board of Supervisors meeting on Tuesday, January 12. Checks are cut the day after the meeting and mailed out the same day.

Gary Nolt
Township Manager
Conewago Falls Township
(717) 555-0131"""),

    dict(id="s9ena044", country="US", date="2026-12-21T14:44", fmt="tb", stage="firm", ago=4,
         inv="RSS-40472", amt="1,078.20", due="2026-11-25",
         frm="Margaret Oyelaran <office@capitalareapt.com>",
         intent="dispute",
         note="Disputes a renewal invoice: monitoring contract cancelled in writing in August; asks for the invoice to be voided.",
         body="""To whom it may concern,

I am disputing invoice RSS-40472 in its entirety.

We cancelled our monitoring contract in writing on August 28, 2026, giving the 30 days' notice required under section 9 of the agreement, and your representative (Kevin) confirmed the cancellation by email on September 2. Monitoring should have ended on September 27.

This invoice bills us for annual monitoring from October 2026 through September 2027. We have no contract with you for that period and nothing is being monitored; the panel was disconnected when we moved out of the Front Street premises.

Please void the invoice and confirm in writing that the account is closed. I have attached our cancellation letter and Kevin's confirmation. If we receive any further notices I will pass this to our attorney.

Regards,

Margaret Oyelaran
Office Manager
Capital Area Physical Therapy
(717) 555-0184"""),

    dict(id="s9ena045", country="US", date="2027-01-26T10:15", fmt="html_gmail", stage="final_notice", ago=1,
         inv="RSS-40598", amt="3,240.00", due="2026-12-18",
         frm="Maria Gonzalez <maria@lacocinademaria.com>",
         intent="plan_request",
         note="Restaurant asks to split the bill into three or four monthly payments; no dates committed.",
         body="""Hello,

I got your final notice and I want to be upfront with you. January has been brutal for us. We're closed Mondays and Tuesdays until March and sales are way down, so I can't do the full $3,240 right now.

Would Ridgeline be willing to split this into three or four monthly payments? I'd much rather work something out with you than have it go to collections. Let me know what you need from me.

Thank you,
Maria Gonzalez
La Cocina de Maria
York, PA"""),

    dict(id="s9ena046", country="FR", loc="GB", date="2026-12-16T18:30", fmt="gmail", stage="reminder", ago=1,
         inv="FC-2026-1184", amt="2 640,00", due="2026-11-30",
         frm="Hannah Pryce <hannah@alpinehearthchalets.com>",
         intent="promise", promise_date="2027-01-08",
         note="English-speaking customer of the French firm: will transfer the full amount on 8 January.",
         body="""Hello,

Apologies for the delay, and for replying in English, my French is only good enough for ordering bread!

We're a small British-run chalet company and the first half of the season has been slow to fill. I'll transfer the full amount for the dishwasher and the two fridges on 8 January, when our guests' balance payments for the January weeks come in.

Many thanks for your patience,

Hannah Pryce
Alpine Hearth Chalets
Morzine
+33 6 42 18 77 30"""),

    dict(id="s9ena047", country="FR", loc="GB", date="2027-01-15T10:25", fmt="apple", stage="second_reminder", ago=3,
         inv="FC-2026-1201", amt="1 096,80", due="2026-12-15",
         frm="Sean O'Dwyer <sean@odwyersparis.fr>",
         intent="paid", paid_on="2027-01-14",
         note="Irish bar owner: bank transfer (virement) made yesterday, Thursday 14 January.",
         body="""Hi folks,

Sorry, should have let you know sooner. We did the virement yesterday for the full 1 096,80, from our account at Crédit Mutuel. The reference on it is FC-2026-1201 / O'Dwyer's.

Grand job on the glasswasher by the way, it's flying.

Sean
O'Dwyer's Irish Bar, Paris 11e

Sent from my iPhone"""),

    dict(id="s9ena048", country="FR", loc="GB", date="2026-12-18T17:05", fmt="ooo", ago=0,
         inv="FC-2026-1219", amt="4 312,00", due="2026-12-15",
         frm="Business Office <business.office@montsdor-international.fr>",
         intent="out_of_office", return_date="2027-01-04",
         note="Bilingual school auto-reply: closed for the winter break, business office reopens Monday 4 January 2027.",
         body="""Thank you for your email. The school is now closed for the winter break. The Business Office will reopen on Monday 4 January 2027 and your message will be dealt with then.

Merci pour votre message. L'école est fermée pour les vacances d'hiver. Le service financier rouvrira le lundi 4 janvier 2027.

Business Office
Monts d'Or International School
Champagne-au-Mont-d'Or"""),

    dict(id="s9ena049", country="FR", loc="GB", date="2027-01-06T12:40", fmt="outlook", stage="reminder", ago=2,
         inv="FC-2026-1237", amt="3 480,00", due="2026-12-31",
         frm="Richard Ellison <richard@grangeauxnoyers.com>",
         intent="bank_details",
         note="Asks for the firm's IBAN and BIC to pay by international transfer; payment follows once received (no date).",
         body="""Hello,

Could you please send me your IBAN and BIC? We pay our French suppliers from our sterling account in the UK and the bank needs both to send an international transfer in euros. The invoice only shows the online payment link and I'd rather avoid the card fees on an amount this size.

As soon as I have the details I'll get it sent.

Kind regards,

Richard Ellison
La Grange aux Noyers
Chambres d'hôtes & table d'hôtes
Sarlat-la-Canéda
+44 7700 918 442"""),

    dict(id="s9ena050", country="FR", loc="GB", date="2027-01-21T09:10", fmt="tb", stage="formal_notice", ago=2,
         inv="FC-2026-1159", amt="6 950,00", due="2026-11-20",
         frm="James Whitfield <james@thelakesidekitchen.fr>",
         intent="dispute",
         note="Withholds payment until the damaged oven door is replaced; asks that recovery be suspended.",
         body="""Dear Sir/Madam,

I am writing in response to your formal notice regarding invoice FC-2026-1159.

We have not withheld payment without reason. The combination oven delivered on 3 November arrived with the door glass cracked. We noted this on the delivery note in front of your driver and reported it to your sales office by email the same afternoon, with photographs. Your technician, M. Bertrand, came on 17 November and confirmed that the door assembly needs replacing, and we were told the part would be ordered. Since then we have heard nothing, and we have been working with a damaged oven through our busiest period of the year.

We will pay the invoice in full as soon as the replacement door has been fitted. Until then we consider the invoice disputed, and I would ask you to suspend any recovery action.

I would also be grateful if future correspondence could be in English, or copied to me in English, as my French is limited.

Yours faithfully,

James Whitfield
Chef-patron
The Lakeside Kitchen, Annecy"""),
]
