"""Handwritten English debtor replies for set3 (60 UK, 40 US). Mechanics live in build_en.py.

Keys: id, country, date (local time of the reply), from, inv (number or list of (number, amount, due)),
amt, due, stage, fmt (gmail, html_gmail, outlook, html_outlook, apple, tb, none, ooo, bounce), fwd, subj,
noquote, ago (days between the letter and the reply), intent and the labels.
"""

GB = [
    # ---------------------------------------------------------------- promise (15)
    dict(id="e3g01", date="2026-11-04T10:12", fmt="gmail", stage="reminder",
         from_="Gareth Pryce <gareth@prycebuilders.co.uk>", inv="ARF-10412", amt="640.00", due="2026-10-23",
         intent="promise", promise_date="2026-11-06",
         body="""Hi,

Sorry, this slipped through. I'll pay it Friday.

Gareth
Pryce Builders"""),
    dict(id="e3g02", date="2026-11-09T14:40", fmt="outlook", stage="second_reminder", ago=4,
         from_="Helen Marsh <h.marsh@marshandcodental.co.uk>", inv="ARF-10388", amt="1,180.00", due="2026-10-16",
         intent="promise", promise_date="2026-11-20",
         note="'a week Friday' written Mon 9 Nov = Fri 20 Nov (this Friday being the 13th)",
         body="""Good afternoon,

Apologies for the delay - our practice manager has been off sick and the supplier payments have backed up. I have put this invoice through for approval and it will be paid a week Friday at the latest.

Kind regards

Helen Marsh
Finance Assistant
Marsh & Co Dental Practice
Tel: 01632 960 418"""),
    dict(id="e3g03", date="2026-11-12T08:55", fmt="apple", stage="reminder",
         from_="Tom Whitlock <tomwhitlock@btinternet.com>", inv="ARF-10440", amt="295.00", due="2026-10-30",
         intent="promise", promise_date="2026-11-23",
         note="'Monday week' written Thu 12 Nov = Mon 23 Nov",
         body="""Morning. Can't do it this week I'm afraid, I get paid end of next week. Will transfer Monday week if that's ok.

Tom

Sent from my iPhone"""),
    dict(id="e3g04", date="2026-11-17T11:20", fmt="html_outlook", stage="firm", ago=3,
         from_="Priya Raman <priya.raman@northgatelogistics.co.uk>", inv="ARF-10297", amt="3,420.00", due="2026-09-30",
         intent="promise", promise_date="2026-12-15",
         note="'by the 15th' written 17 Nov = 15 December",
         body="""Dear Ashcroft & Reed,

Thank you for your email regarding invoice ARF-10297.

I can confirm the invoice has now been approved by our operations director. Due to our month-end close it will not make this month's run, but I can confirm it will be paid by the 15th.

I apologise for the inconvenience caused.

Regards,

Priya Raman
Accounts Payable
Northgate Logistics Ltd
Registered office: Units 7-9 Northgate Trading Estate, Chester CH1 4LT. Registered in England No. 04455120.
This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Northgate Logistics Ltd does not accept liability for any viruses transmitted."""),
    dict(id="e3g05", date="2026-11-10T16:05", fmt="gmail", stage="reminder",
         from_="Lisa Coombes <lisa@thecoombescafe.co.uk>", inv="ARF-10455", amt="410.40", due="2026-10-31",
         intent="promise", promise_date="2026-11-30",
         note="'end of the month' = 30 November",
         body="""Hiya, we're a bit tight at the moment after the refit but I will clear this by the end of the month. Thanks for your patience

Lisa x"""),
    dict(id="e3g06", date="2026-11-26T13:31", fmt="tb", stage="second_reminder",
         from_="Ian Forsyth <ian.forsyth@forsythandpartners.co.uk>", inv="ARF-10478", amt="720.00", due="2026-11-06",
         intent="promise", promise_date="2026-12-10",
         note="UK numeric date 10/12 = 10 December",
         body="""Hello,

This will be paid on 10/12 along with our other supplier invoices.

Ian Forsyth
Forsyth & Partners Chartered Surveyors"""),
    dict(id="e3g07", date="2026-11-16T09:47", fmt="gmail", stage="reminder",
         from_="Dan Oakley <danoakley.plastering@gmail.com>", inv="ARF-10466", amt="185.00", due="2026-11-02",
         intent="promise", promise_date="2026-11-26",
         note="'in 10 days' from Mon 16 Nov = Thu 26 Nov",
         body="""hi, waiting on a big job to pay me, should have it in 10 days and you'll get paid then. cheers dan"""),
    dict(id="e3g08", date="2026-11-24T15:12", fmt="outlook", stage="second_reminder",
         from_="Rachel Bain <rachel.bain@bainproperty.co.uk>",
         inv=[("ARF-10459", "960.00", "2026-11-03"), ("ARF-10471", "312.50", "2026-11-10")],
         intent="promise", promise_date="2026-11-26",
         note="'COB Thursday' written Tue 24 Nov = Thu 26 Nov",
         body="""Hi,

Both of these are approved, I'll get them paid by COB Thursday.

Thanks
Rachel

Rachel Bain | Bain Property Management
07700 900 361"""),
    dict(id="e3g09", date="2026-11-19T10:02", fmt="html_gmail", stage="reminder",
         from_="Accounts <accounts@hollinsvets.co.uk>", inv="ARF-10480", amt="1,045.00", due="2026-11-05",
         intent="promise", promise_date="2026-12-04",
         body="""Hi there,

Thanks for the reminder. We only run supplier payments twice a month and unfortunately we've just missed the one on the 18th. The next run is Friday 4th December and your invoice is included in it.

Many thanks,
Joanne
Hollins Veterinary Group"""),
    dict(id="e3g10", date="2026-11-20T17:44", fmt="gmail", stage="second_reminder",
         from_="Marcus Adeyemi <marcus@adeyemidesign.co.uk>", inv="ARF-10451", amt="530.00", due="2026-10-29",
         intent="promise",
         note="vague time 'early next week' - no precise promise date",
         body="""Hi,

Really sorry about this. I'm waiting on a client to pay me and I'll settle yours early next week.

Marcus"""),
    dict(id="e3g11", date="2026-12-05T11:26", fmt="apple", stage="firm", ago=3,
         from_="Sean Gallagher <sean@gallagherautos.co.uk>", inv="ARF-10433", amt="1,610.00", due="2026-10-27",
         intent="promise", promise_date="2026-12-07",
         note="written Sat 5 Dec; 'first thing monday' = 7 Dec",
         body="""just seen this, sorry i've been away. will get it paid first thing monday

Sean

Sent from my iPhone"""),
    dict(id="e3g12", date="2026-11-26T12:08", fmt="gmail", stage="second_reminder", fwd=True, ago=3,
         from_="Kelly Morgan <kelly@morgan-bookkeeping.co.uk>", inv="ARF-10419", amt="2,250.00", due="2026-10-26",
         intent="promise", promise_date="2026-12-01",
         note="bookkeeper forwards the client's answer; 'Tuesday 1st' = 1 Dec",
         body="""Hello, I look after the books for Whitfield Interiors - please see Mark's note below, I'll pay it on the 1st as he asks. Kelly

---------- Forwarded message ---------
From: Mark Whitfield <mark@whitfieldinteriors.co.uk>
Date: Wed, 25 Nov 2026 at 18:20
Subject: Re: Ashcroft & Reed chasing
To: Kelly Morgan <kelly@morgan-bookkeeping.co.uk>

Kelly, yes that one's fine, I'm happy with the work. Can you pay it on Tuesday 1st when the VAT refund has landed? Thanks M"""),
    dict(id="e3g13", date="2026-11-25T21:37", fmt="gmail", stage="reminder",
         from_="beth jenkins <bethjenkins82@hotmail.co.uk>", inv="ARF-10490", amt="240.00", due="2026-11-13",
         intent="promise", promise_date="2026-12-03",
         body="""sorry forgot all about this!! will settle it on 3 december when i get paid x"""),
    dict(id="e3g14", date="2026-12-08T10:15", fmt="outlook", stage="second_reminder",
         from_="Andrew Lyle <andrew.lyle@lylemechanical.co.uk>", inv="ARF-10502", amt="4,880.00", due="2026-11-20",
         intent="promise",
         note="'after the 15th' gives no firm date - promise without promise_date",
         body="""Hi,

We are waiting for the main contractor to release our valuation, which is due on the 15th. Once that is in we will pay you, so it will be after the 15th.

Regards
Andrew Lyle
Lyle Mechanical Services Ltd"""),
    dict(id="e3g15", date="2026-12-01T09:20", fmt="html_outlook", stage="reminder",
         from_="Fiona Carr <fiona.carr@carrwellbeing.co.uk>",
         inv=[("ARF-10511", "380.00", "2026-11-20"), ("ARF-10514", "145.00", "2026-11-24")],
         intent="promise", promise_date="2026-12-04",
         note="written Tue 1 Dec; 'on Friday' = 4 Dec; also asks a question about the total",
         body="""Hello,

I'll pay both of these together on Friday. Can you just confirm the total is £525 including VAT? I want to make sure I don't underpay.

Thanks,
Fiona

Fiona Carr
Carr Wellbeing Studio"""),

    # ---------------------------------------------------------------- paid (12)
    dict(id="e3g16", date="2026-11-05T11:03", fmt="gmail", stage="reminder",
         from_="Nick Harrow <nick@harrowprint.co.uk>", inv="ARF-10401", amt="555.00", due="2026-10-22",
         intent="paid", paid_on="2026-11-05",
         body="""Paid this morning by BACS. Ref ARF10401.

Nick"""),
    dict(id="e3g17", date="2026-11-10T08:42", fmt="outlook", stage="second_reminder",
         from_="Sophie Tranter <sophie.tranter@tranterhomes.co.uk>", inv="ARF-10372", amt="2,100.00", due="2026-10-09",
         intent="paid", paid_on="2026-11-09",
         body="""Hi,

This was settled yesterday afternoon, it should show in your account today.

Kind regards,
Sophie"""),
    dict(id="e3g18", date="2026-11-16T10:30", fmt="html_outlook", stage="reminder", ago=3,
         from_="Purchase Ledger <purchaseledger@greenwaygroup.co.uk>", inv="ARF-10447", amt="1,296.00", due="2026-10-30",
         intent="paid", paid_on="2026-11-13",
         note="written Mon 16 Nov; 'our payment run on Friday' = 13 Nov",
         body="""Good morning,

Please note this invoice was processed in our payment run on Friday and should reach your account within 3 working days.

Regards,
Purchase Ledger Team
Greenway Group plc

This message has been scanned for viruses. Greenway Group plc, registered in England and Wales number 02219874."""),
    dict(id="e3g19", date="2026-11-19T14:18", fmt="outlook", stage="reminder",
         from_="Remittances <remittances@baxterfoods.co.uk>", inv="ARF-10460", amt="1,240.00", due="2026-11-06",
         intent="paid", paid_on="2026-11-18",
         body="""REMITTANCE ADVICE

Supplier: Ashcroft & Reed Facilities Ltd
Payment date: 18/11/2026
Payment method: BACS
Invoice ARF-10460    £1,240.00
Total paid           £1,240.00

Please allow 2-3 working days for funds to clear.

Baxter Foods Ltd - Accounts Payable"""),
    dict(id="e3g20", date="2026-11-23T19:52", fmt="gmail", stage="second_reminder",
         from_="Phil Denton <phil.denton@gmail.com>", inv="ARF-10391", amt="175.00", due="2026-10-19",
         intent="paid",
         note="claims payment made long ago, no date given",
         body="""We paid this ages ago. Please check your records before sending these out.

Phil Denton"""),
    dict(id="e3g21", date="2026-12-03T09:05", fmt="apple", stage="reminder",
         from_="Claire Ashworth <claire@ashworthflorist.co.uk>", inv="ARF-10520", amt="88.00", due="2026-11-27",
         intent="paid", paid_on="2026-12-02",
         body="""Hi, I paid this on 2nd Dec using the link in your email. Can you let me know it's come through?

Thanks, Claire

Sent from my iPad"""),
    dict(id="e3g22", date="2026-11-26T08:10", fmt="gmail", stage="reminder",
         from_="Lee Barker <leebarker.roofing@outlook.com>", inv="ARF-10486", amt="320.00", due="2026-11-12",
         intent="paid", paid_on="2026-11-25",
         body="""sent it over last night mate, should be with you today"""),
    dict(id="e3g23", date="2026-11-23T10:41", fmt="gmail", stage="second_reminder", fwd=True, ago=4,
         from_="Amelia Hart <amelia.hart@hartpa.co.uk>", inv="ARF-10423", amt="890.00", due="2026-10-23",
         intent="paid", paid_on="2026-11-20",
         note="PA forwards the accounts team's confirmation of payment on 20 Nov",
         body="""Hello - forwarding below from our accounts department, hopefully this clears it up.
Amelia Hart, PA to Dr S. Kaur

---------- Forwarded message ---------
From: Accounts <accounts@kaurclinic.co.uk>
Date: Fri, 20 Nov 2026 at 15:02
Subject: RE: Ashcroft & Reed invoice
To: Amelia Hart <amelia.hart@hartpa.co.uk>

Hi Amelia, payment for ARF-10423 was made today, £890.00. Thanks, Raj"""),
    dict(id="e3g24", date="2026-12-01T12:27", fmt="gmail", stage="second_reminder",
         from_="Ollie Sturgess <ollie@sturgesscycles.co.uk>", inv="ARF-10468", amt="460.00", due="2026-11-09",
         intent="paid", paid_on="2026-12-01",
         body="""Hi, Faster Payment sent about 10 mins ago, reference STURGESS 10468. Sorry it's late.

Ollie"""),
    dict(id="e3g25", date="2026-12-09T15:33", fmt="tb", stage="firm", ago=3,
         from_="Margaret Elwood <m.elwood@elwoodandsons.co.uk>", inv="ARF-10415", amt="735.00", due="2026-10-30",
         intent="paid", paid_on="2026-12-07",
         note="cheque posted Mon 7 Dec (written Wed 9 Dec); paid_on = day the cheque was sent",
         body="""Dear Sirs,

A cheque for the full amount was posted to you first class on Monday. We still prefer to pay by cheque, I'm afraid.

Yours faithfully,

Margaret Elwood
Elwood & Sons (Bakers)"""),
    dict(id="e3g26", date="2026-12-14T16:48", fmt="html_outlook", stage="second_reminder",
         from_="James Okafor <james.okafor@okaforlaw.co.uk>",
         inv=[("ARF-10531", "1,020.00", "2026-11-27"), ("ARF-10533", "260.00", "2026-11-30")],
         intent="paid", paid_on="2026-12-14",
         body="""Hi,

Both of these have gone out today - £1,280 in one payment, referenced with both invoice numbers.

Best,
James

James Okafor | Practice Manager
Okafor Solicitors LLP
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345).
WARNING: we will never change our bank details by email. Always call us to verify before sending money."""),
    dict(id="e3g27", date="2026-11-04T13:14", fmt="gmail", stage="second_reminder",
         from_="Kevin Moss <kevin@mossmotors.co.uk>", inv="ARF-10365", amt="415.00", due="2026-10-20",
         intent="paid", paid_on="2026-10-28",
         body="""This was paid on 28 October. That's the second reminder I've had for an invoice that's already paid, please sort your system out.

Kevin Moss"""),

    # ---------------------------------------------------------------- dispute (7)
    dict(id="e3g28", date="2026-11-06T10:50", fmt="outlook", stage="reminder",
         from_="Angela Price <angela.price@priceandfoster.co.uk>", inv="ARF-10429", amt="1,380.00", due="2026-10-28",
         intent="dispute",
         body="""Hi,

We won't be paying this as it stands. Your quote (Q-2281) was £850 + VAT = £1,020. The invoice is for £1,380 and nobody told us about any extra work.

Please send a corrected invoice.

Angela Price
Office Manager, Price & Foster"""),
    dict(id="e3g29", date="2026-11-13T12:36", fmt="gmail", stage="second_reminder",
         from_="Rob Tennant <rob@tennantbrewing.co.uk>", inv="ARF-10403", amt="2,760.00", due="2026-10-21",
         intent="dispute",
         body="""Hi,

The job isn't finished. There's still a snagging list of about ten items from the handover walk-round (extractor fan in the cold store, two ceiling tiles, the fire door closer). Happy to pay once it's all done, not before.

Rob Tennant
Tennant Brewing Co."""),
    dict(id="e3g30", date="2026-11-18T09:14", fmt="tb", stage="reminder",
         from_="Accounts <accounts@dovecotecare.org.uk>", inv="ARF-10452", amt="612.00", due="2026-11-02",
         intent="dispute",
         body="""Hello,

You issued credit note CN-0087 against this invoice on 5 November after the missed visit, so the balance should be zero. Please check and close it off.

Dovecote Care Trust - Finance"""),
    dict(id="e3g31", date="2026-11-27T14:05", fmt="gmail", stage="firm", ago=4,
         from_="Nadia Hussain <nadia@hussainpharmacy.co.uk>", inv="ARF-10463", amt="845.00", due="2026-11-04",
         intent="dispute",
         body="""We have never ordered anything from your company. I think you have the wrong Hussain Pharmacy - we are in Bolton, not Oldham. Please check who you actually did the work for.

N Hussain"""),
    dict(id="e3g32", date="2026-12-02T11:47", fmt="apple", stage="reminder",
         from_="Chris Lamb <chris.lamb@lambsfarmshop.co.uk>", inv="ARF-10505", amt="1,150.00", due="2026-11-23",
         intent="dispute",
         body="""The new radiator valves your guy fitted are leaking, there's water on the shop floor every morning. I'm not paying for a job that needs redoing. Get someone out please.

Chris

Sent from my iPhone"""),
    dict(id="e3g33", date="2026-12-07T08:33", fmt="gmail", stage="second_reminder",
         from_="Terry Vaughan <terry.vaughan@vaughanscaffolding.co.uk>", inv="ARF-10482", amt="390.00", due="2026-11-13",
         intent="dispute",
         body="""you've charged us for two call outs. there was ONE. your engineer came on the 3rd and that was it, nobody came on the 6th. not paying for something that didn't happen"""),
    dict(id="e3g34", date="2026-12-10T15:22", fmt="html_outlook", stage="firm", ago=3,
         from_="Eleanor Brooke <e.brooke@brookeassociates.co.uk>", inv="ARF-10470", amt="3,150.00", due="2026-11-12",
         intent="dispute",
         note="disputes the hourly rate; offers to pay only the undisputed part",
         body="""Dear Sir or Madam,

Invoice ARF-10470

We dispute this invoice. The engineers' time has been charged at £75 per hour, whereas our maintenance agreement dated 1 April 2026 fixes the rate at £58 per hour. We are willing to pay the undisputed element on receipt of a revised invoice at the contracted rate.

Until then we consider no sum to be overdue, and we would ask you to suspend any further reminders.

Yours faithfully,

Eleanor Brooke
Director
Brooke Associates Ltd
Registered in England and Wales, company number 07766123. Registered office: 12 Park Row, Leeds LS1 5HD.
The information in this email is confidential and may be legally privileged."""),

    # ---------------------------------------------------------------- out_of_office (5)
    dict(id="e3g35", date="2026-11-04T09:00", fmt="ooo", stage="reminder", ago=0,
         from_="Graham Tilney <graham.tilney@tilneyestates.co.uk>", inv="ARF-10420", amt="700.00", due="2026-10-21",
         intent="out_of_office", return_date="2026-11-09",
         body="""Thank you for your email. I am out of the office until Monday 9th November with limited access to email.

For anything urgent please contact the office on 01632 960 200.

Graham Tilney"""),
    dict(id="e3g36", date="2026-11-23T09:01", fmt="ooo", stage="second_reminder", ago=0,
         from_="Hannah Reid <hannah.reid@reidarchitects.co.uk>", inv="ARF-10441", amt="1,520.00", due="2026-10-30",
         intent="out_of_office", return_date="2026-11-30",
         body="""Hi,

I'm on annual leave from 20th November, returning on 30th November. Your email will not be forwarded.

If your query is about an invoice, please email accounts@reidarchitects.co.uk.

Thanks,
Hannah"""),
    dict(id="e3g37", date="2026-12-01T09:00", fmt="ooo", stage="reminder", ago=0,
         from_="Stuart Kemp <skemp@kempengineering.co.uk>", inv="ARF-10509", amt="980.00", due="2026-11-19",
         intent="out_of_office", return_date="2026-12-07",
         note="'out of the office until Friday 4 December inclusive' - first working day back is Mon 7 Dec",
         body="""I am out of the office until Friday 4 December inclusive and will respond to your email on my return.

Stuart Kemp
Kemp Engineering Ltd"""),
    dict(id="e3g38", date="2026-12-18T09:01", fmt="ooo", stage="second_reminder", ago=0,
         from_="Office <office@brightsidenursery.co.uk>", inv="ARF-10517", amt="430.00", due="2026-11-26",
         intent="out_of_office", return_date="2027-01-04",
         subj_prefix="Out of Office: ",
         body="""Thank you for your message.

Brightside Nursery is now closed for the Christmas holidays. The office closes at 12 noon on Friday 18 December and reopens on Monday 4 January 2027.

We wish you a very merry Christmas!"""),
    dict(id="e3g39", date="2026-11-13T09:00", fmt="ooo", stage="reminder", ago=0,
         from_="Martin Shaw <martin@shawcarpentry.co.uk>", inv="ARF-10450", amt="265.00", due="2026-11-02",
         intent="out_of_office", return_date="2026-11-17",
         note="written Fri 13 Nov; 'back on Tuesday' = 17 Nov",
         body="""Away on a job in Cornwall with no signal, back on Tuesday. Text 07700 900 512 if it's urgent.

Martin"""),

    # ---------------------------------------------------------------- plan_request (4)
    dict(id="e3g40", date="2026-11-11T13:09", fmt="gmail", stage="firm", ago=3,
         from_="Wendy Ackroyd <wendy.ackroyd@yahoo.co.uk>", inv="ARF-10349", amt="1,200.00", due="2026-10-05",
         intent="plan_request",
         body="""Hello,

I'm sorry I haven't paid this yet. Things have been difficult since my husband's business closed. Would you accept £200 a month until it's paid off? I can start on the 1st.

Wendy Ackroyd"""),
    dict(id="e3g41", date="2026-11-30T10:25", fmt="outlook", stage="final_notice", ago=3,
         from_="Paul Grimshaw <paul@grimshawjoinery.co.uk>", inv="ARF-10358", amt="3,600.00", due="2026-10-08",
         intent="plan_request",
         body="""Hi,

I don't dispute the invoice. The problem is cash flow - we're owed a lot ourselves at the moment. Could we split it into three payments of £1,200 in December, January and February? I'd rather agree something than have it go to collection.

Paul Grimshaw
Grimshaw Joinery"""),
    dict(id="e3g42", date="2026-12-04T22:14", fmt="gmail", stage="second_reminder",
         from_="jade wilkins <jadewilkinsbeauty@gmail.com>", inv="ARF-10488", amt="540.00", due="2026-11-16",
         intent="plan_request",
         body="""hi is there any chance i could pay this in instalments? its been a really quiet few months at the salon and i cant do it all in one go. thanks jade"""),
    dict(id="e3g43", date="2026-12-11T11:58", fmt="html_outlook", stage="firm", ago=3,
         from_="Simon Pike <simon.pike@pikeleisure.co.uk>", inv="ARF-10457", amt="5,280.00", due="2026-11-05",
         intent="plan_request",
         note="proposes 50% now, 50% end of January - an instalment arrangement",
         body="""Good morning,

Regarding invoice ARF-10457, would you be agreeable to us paying 50% now and the remaining 50% at the end of January? December is our quietest month and it would help us considerably.

Please let me know if that is acceptable and I will arrange the first payment.

Kind regards,

Simon Pike
Finance Manager | Pike Leisure Ltd"""),

    # ---------------------------------------------------------------- other (4)
    dict(id="e3g44", date="2026-11-05T16:20", fmt="gmail", stage="reminder",
         from_="Laura Finch <laura.finch@finchandco.co.uk>", inv="ARF-10426", amt="310.00", due="2026-10-26",
         intent="other",
         body="""Thanks, I'll look into this and get back to you.

Laura"""),
    dict(id="e3g45", date="2026-11-18T17:03", fmt="apple", stage="second_reminder",
         from_="Derek Holt <derek@holtgarages.co.uk>", inv="ARF-10436", amt="820.00", due="2026-10-29",
         intent="other",
         note="annoyed reply, no dispute reason, no commitment",
         body="""Third email in a fortnight. I've passed it to my accountant, he deals with it. Give it a rest.

Sent from my iPhone"""),
    dict(id="e3g46", date="2026-11-27T10:10", fmt="outlook", stage="reminder",
         from_="Sarah Quinn <sarah.quinn@quinnphysio.co.uk>", inv="ARF-10493", amt="456.00", due="2026-11-16",
         intent="other",
         note="question about VAT registration; no commitment, no dispute",
         body="""Hi,

Before we pay, our accountant has asked whether you are VAT registered - I can't see a VAT number on the invoice. Could you let me know?

Thanks
Sarah"""),
    dict(id="e3g47", date="2026-12-15T12:40", fmt="gmail", stage="reminder",
         from_="Reception <reception@millbankdental.co.uk>", inv="ARF-10536", amt="275.00", due="2026-12-04",
         intent="other",
         note="just passed on internally - not an instruction to write elsewhere",
         body="""Hi, I've passed this on to our practice manager.

Thanks
Millbank Dental reception"""),

    # ---------------------------------------------------------------- copy_request (3)
    dict(id="e3g48", date="2026-11-09T11:11", fmt="gmail", stage="reminder",
         from_="Yasmin Patel <yasmin@patelwholesale.co.uk>", inv="ARF-10435", amt="1,088.00", due="2026-10-29",
         intent="copy_request",
         body="""Hi,

Could you send me a PDF of the invoice please? The link just gives me a blank page and I need to attach it to our system before it can be paid.

Thanks
Yasmin"""),
    dict(id="e3g49", date="2026-11-20T14:55", fmt="html_outlook", stage="second_reminder",
         from_="AP Team <ap@caledonretail.co.uk>", inv="ARF-10444", amt="2,940.00", due="2026-10-30",
         intent="copy_request",
         body="""Hello,

We are unable to process this invoice as it does not quote a valid purchase order number. Please reissue the invoice quoting PO 4500123981 and send it to this address.

Regards,
Accounts Payable
Caledon Retail Group
Please note: invoices without a valid PO will be returned unpaid."""),
    dict(id="e3g50", date="2026-12-03T09:38", fmt="tb", stage="reminder",
         from_="Roger Pennington <roger@penningtonhall.org.uk>", inv="ARF-10522", amt="660.00", due="2026-11-24",
         intent="copy_request",
         body="""Hello,

Please would you send us a proper VAT invoice addressed to the Trustees of Pennington Hall, rather than to me personally. Our treasurer can't pay it otherwise.

Roger Pennington (Hon. Secretary)"""),

    # ---------------------------------------------------------------- unsubscribe (3)
    dict(id="e3g51", date="2026-11-12T20:15", fmt="gmail", stage="heads_up", due="2026-11-20", amt="150.00", inv="ARF-10498",
         from_="Jon Edwards <jon.edwards1977@gmail.com>",
         intent="unsubscribe",
         body="""Please take me off this mailing list."""),
    dict(id="e3g52", date="2026-11-24T07:58", fmt="apple", stage="reminder",
         from_="Brian Coles <brian@colesplant.co.uk>", inv="ARF-10474", amt="390.00", due="2026-11-13",
         intent="unsubscribe",
         body="""Unsubscribe

Sent from my iPhone"""),
    dict(id="e3g53", date="2026-12-09T10:44", fmt="outlook", stage="reminder",
         from_="Gillian Moore <gillian.moore@mooreandhale.co.uk>", inv="ARF-10527", amt="712.00", due="2026-11-27",
         intent="unsubscribe",
         body="""Hello,

Please stop sending me these automated emails. We deal with our suppliers by phone and post, and I don't want any more of these messages.

Gillian Moore"""),

    # ---------------------------------------------------------------- contact_change (3)
    dict(id="e3g54", date="2026-11-06T12:30", fmt="gmail", stage="reminder",
         from_="Ben Radley <ben@radleyevents.co.uk>", inv="ARF-10431", amt="930.00", due="2026-10-27",
         intent="contact_change", new_email="accounts@radleyevents.co.uk",
         body="""Hi, please send invoices and reminders to accounts@radleyevents.co.uk from now on rather than me, I don't deal with payments.

Cheers, Ben"""),
    dict(id="e3g55", date="2026-11-25T09:16", fmt="outlook", stage="second_reminder",
         from_="Karen Holloway <karen.holloway@stanleymills.co.uk>", inv="ARF-10453", amt="1,475.00", due="2026-11-02",
         intent="contact_change", new_email="sarah.jones@stanleymills.co.uk",
         body="""Hello,

I'm leaving Stanley Mills at the end of this week. Please contact Sarah Jones, our new finance officer, at sarah.jones@stanleymills.co.uk about this and any future invoices.

Best wishes,
Karen"""),
    dict(id="e3g56", date="2026-12-16T14:02", fmt="gmail", stage="reminder",
         from_="Colin Reeves <colinreeves@reevesbutchers.co.uk>", inv="ARF-10541", amt="198.00", due="2026-12-07",
         intent="contact_change",
         note="redirects correspondence to the office manager; no email address given",
         body="""Hi,

Can you direct all of this to our office manager Julie Reeves from now on please, not me. She's on 01632 960 733 and she does all the bills.

Colin"""),

    # ---------------------------------------------------------------- bank_details (3)
    dict(id="e3g57", date="2026-11-16T15:40", fmt="outlook", stage="reminder",
         from_="Mandy Sutcliffe <mandy.sutcliffe@sutcliffehaulage.co.uk>", inv="ARF-10462", amt="1,860.00", due="2026-11-06",
         intent="bank_details",
         body="""Hi,

Before we pay - have your bank details changed? We received a letter last week, supposedly from you, saying your account has moved to a different bank. I just want to check it's genuine before I send anything.

Mandy
Sutcliffe Haulage"""),
    dict(id="e3g58", date="2026-11-30T13:27", fmt="gmail", stage="second_reminder",
         from_="Adam Price <adamprice.electrical@gmail.com>", inv="ARF-10477", amt="340.00", due="2026-11-11",
         intent="bank_details",
         body="""Hi, the pay link doesn't work for me. Can you send me your sort code and account number and I'll do a bank transfer instead.

Adam"""),
    dict(id="e3g59", date="2026-12-10T11:05", fmt="html_gmail", stage="reminder",
         from_="Rosie Lambert <rosie@lambertgifts.co.uk>", inv="ARF-10530", amt="225.00", due="2026-11-30",
         intent="bank_details",
         body="""Hello,

I tried to pay this but my bank says the name doesn't match the account (Confirmation of Payee). What name is your account held under exactly? Is it "Ashcroft & Reed Facilities Ltd" or something else?

Thanks,
Rosie"""),

    # ---------------------------------------------------------------- bounce (1)
    dict(id="e3g60", date="2026-11-18T09:03", fmt="bounce", stage="reminder", inv="ARF-10464", amt="505.00", due="2026-11-06",
         from_="Mail Delivery Subsystem <mailer-daemon@googlemail.com>", rcpt="accounts@oldfieldtiles.co.uk",
         mta="mail-sor-f41.google.com", status="5.2.2", diag="552-5.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm",
         subj="Delivery Status Notification (Failure)",
         intent="bounce",
         body="""** Message not delivered **

Your message wasn't delivered to accounts@oldfieldtiles.co.uk because the recipient's inbox is full and can't accept any more messages.

The response was:

552-5.2.2 The recipient's inbox is out of storage space and inactive."""),
]

for _c in GB:
    _c["country"] = "GB"

US = [
    # ---------------------------------------------------------------- promise (10)
    dict(id="e3u01", date="2026-11-03T10:22", fmt="gmail", stage="reminder",
         from_="Rick Delgado <rick@delgadoroofing.com>", inv="CP-7731", amt="845.00", due="2026-10-23",
         intent="promise", promise_date="2026-11-06",
         note="written Tue Nov 3; 'mail a check Friday' = Nov 6",
         body="""Hey, sorry about that. I'll mail a check Friday.

Rick Delgado
Delgado Roofing"""),
    dict(id="e3u02", date="2026-11-12T14:08", fmt="outlook", stage="second_reminder",
         from_="Tanya Brooks <tbrooks@hudsonvalleydental.com>", inv="CP-7702", amt="1,320.00", due="2026-10-16",
         intent="promise", promise_date="2026-11-20",
         note="US numeric date 11/20 = November 20",
         body="""Hi,

This invoice has been approved and we'll pay by 11/20.

Thank you,
Tanya Brooks
Office Manager
Hudson Valley Family Dental
(845) 555-0133"""),
    dict(id="e3u03", date="2026-11-16T11:47", fmt="html_outlook", stage="reminder",
         from_="Accounts Payable <ap@marlowproperties.com>", inv="CP-7760", amt="2,480.00", due="2026-11-05",
         intent="promise", promise_date="2026-11-19",
         note="written Mon Nov 16; 'COB Thursday' = Nov 19",
         body="""Good morning,

The ACH for invoice CP-7760 is scheduled and will go out COB Thursday.

Best regards,
Denise Whalen
Accounts Payable | Marlow Properties Group
This e-mail, including attachments, may include confidential and/or proprietary information, and may be used only by the person or entity to which it is addressed."""),
    dict(id="e3u04", date="2026-12-02T09:35", fmt="gmail", stage="second_reminder",
         from_="Greg Stanton <greg.stanton@stantonmetalworks.com>", inv="CP-7788", amt="960.00", due="2026-11-13",
         intent="promise", promise_date="2026-12-11",
         note="'next Friday the 11th' - the day number settles it: Dec 11",
         body="""Hi there,

Our controller is out this week, she'll cut the check next Friday the 11th when she's back.

Greg"""),
    dict(id="e3u05", date="2026-12-07T16:20", fmt="apple", stage="reminder",
         from_="Jen Kowalski <jenk@kowalskibakery.com>", inv="CP-7815", amt="415.00", due="2026-11-27",
         intent="promise", promise_date="2026-12-31",
         note="'by end of month' written Dec 7 = Dec 31",
         body="""Hi! Holiday rush here, I'll have it paid by end of month. Thanks for understanding

Jen

Sent from my iPhone"""),
    dict(id="e3u06", date="2026-11-30T13:02", fmt="html_outlook", stage="second_reminder",
         from_="Payables <payables@crestviewmedical.org>", inv="CP-7746", amt="3,875.00", due="2026-11-06",
         intent="promise", promise_date="2026-12-15",
         note="US numeric date 12/15 = December 15",
         body="""Hello,

Per our vendor terms, invoices are paid net 45 from the date received. Your invoice was entered on 10/31 and is scheduled for payment on 12/15.

Regards,
Vendor Payables
Crestview Medical Associates"""),
    dict(id="e3u07", date="2026-11-24T18:40", fmt="gmail", stage="reminder",
         from_="Mike Rinaldi <mrinaldi62@gmail.com>", inv="CP-7792", amt="310.00", due="2026-11-16",
         intent="promise",
         note="commits to pay, no date given",
         body="""Sorry guys, totally my fault. I'll get this taken care of.

Mike"""),
    dict(id="e3u08", date="2026-11-19T10:55", fmt="gmail", stage="second_reminder",
         from_="Alicia Monroe <alicia@monroeyoga.com>", inv="CP-7769", amt="585.00", due="2026-11-04",
         intent="promise",
         note="'after Thanksgiving' is vague - no promise date",
         body="""Hi,

Things are really tight right now, but I will pay this after Thanksgiving. Sorry for the delay!

Alicia Monroe
Monroe Yoga Studio"""),
    dict(id="e3u09", date="2026-12-10T15:15", fmt="outlook", stage="firm", ago=3,
         from_="Ron Castellano <ron@castellanoauto.com>", inv="CP-7741", amt="1,140.00", due="2026-11-02",
         intent="promise", promise_date="2026-12-14",
         note="written Thu Dec 10; 'Monday' = Dec 14",
         body="""I will call in a card payment Monday. Been swamped.

Ron Castellano
Castellano Auto Body"""),
    dict(id="e3u10", date="2026-11-05T12:30", fmt="tb", stage="reminder",
         from_="Paula Wexler <pwexler@wexlerlaw.com>", inv="CP-7738", amt="725.00", due="2026-10-26",
         intent="promise", promise_date="2026-11-19",
         note="'in two weeks' from Thu Nov 5 = Nov 19",
         body="""Hello,

Our bookkeeper comes in every other Thursday. She'll process this in two weeks.

Paula Wexler, Esq.
Wexler Law Office, PLLC
CONFIDENTIALITY NOTICE: This message may contain attorney-client privileged information."""),

    # ---------------------------------------------------------------- paid (8)
    dict(id="e3u11", date="2026-11-04T09:48", fmt="gmail", stage="reminder",
         from_="Bill Harrington <bill@harringtonhvacsupply.com>", inv="CP-7725", amt="430.00", due="2026-10-22",
         intent="paid", paid_on="2026-11-03",
         body="""Check's in the mail, I mailed it yesterday. Should be there by the end of the week.

Bill"""),
    dict(id="e3u12", date="2026-11-10T14:26", fmt="outlook", stage="second_reminder",
         from_="Karen Liu <karen.liu@liuarchitects.com>", inv="CP-7714", amt="1,650.00", due="2026-10-15",
         intent="paid", paid_on="2026-11-10",
         body="""Hi,

ACH initiated today for the full amount. It should hit your account in 1-2 business days.

Karen Liu
Liu Architects"""),
    dict(id="e3u13", date="2026-11-23T08:17", fmt="apple", stage="reminder",
         from_="Dave Pulaski <davepulaski@icloud.com>", inv="CP-7774", amt="260.00", due="2026-11-11",
         intent="paid", paid_on="2026-11-21",
         note="written Mon Nov 23; 'Saturday' = Nov 21",
         body="""I sent it through Zelle on Saturday to the number on your website.

Sent from my iPhone"""),
    dict(id="e3u14", date="2026-11-17T11:39", fmt="html_outlook", stage="reminder",
         from_="AP Department <accountspayable@rivertownschools.org>", inv="CP-7751", amt="4,210.00", due="2026-11-02",
         intent="paid", paid_on="2026-11-13",
         note="US numeric date 11/13 = November 13",
         body="""Good morning,

This invoice was processed in our 11/13 payment run (check #208841). Please allow 5-7 business days for the check to arrive by mail.

Thank you,
Accounts Payable
Rivertown Central School District"""),
    dict(id="e3u15", date="2026-12-01T10:04", fmt="gmail", stage="firm", ago=4,
         from_="Steve Nakamura <steve@nakamuraimports.com>", inv="CP-7719", amt="6,300.00", due="2026-10-19",
         intent="paid", paid_on="2026-12-01",
         body="""Wire sent this morning. Fed ref 20261201MMQFMP2K000417. Please confirm receipt.

Steve Nakamura
Nakamura Imports Inc."""),
    dict(id="e3u16", date="2026-12-08T19:22", fmt="gmail", stage="reminder",
         from_="Erin Callahan <erin.callahan@outlook.com>", inv="CP-7820", amt="189.00", due="2026-11-30",
         intent="paid", paid_on="2026-12-08",
         note="'just paid it' = same day",
         body="""just paid it online with my card, sorry for the wait!"""),
    dict(id="e3u17", date="2026-11-09T13:50", fmt="outlook", stage="second_reminder",
         from_="Frank Moretti <frank@morettideli.com>", inv="CP-7698", amt="540.00", due="2026-10-15",
         intent="paid", paid_on="2026-10-30",
         note="check mailed Oct 30, cleared Nov 6; paid_on = day the check was sent",
         body="""We paid this on October 30, check #4471. It cleared our bank on November 6, so you have the money. Please update your records.

Frank Moretti"""),
    dict(id="e3u18", date="2026-12-07T09:12", fmt="html_outlook", stage="second_reminder",
         from_="Lauren Pierce <lpierce@piercefamilyfarms.com>",
         inv=[("CP-7781", "870.00", "2026-11-12"), ("CP-7790", "325.00", "2026-11-17")],
         intent="paid", paid_on="2026-12-04",
         note="US numeric date 12/04 = December 4",
         body="""Hello,

Payment for both invoices was remitted on 12/04 via ACH, total $1,195.00. Remittance detail attached.

Thanks,
Lauren Pierce
Pierce Family Farms"""),

    # ---------------------------------------------------------------- dispute (5)
    dict(id="e3u19", date="2026-11-06T16:45", fmt="gmail", stage="reminder",
         from_="Tom Gallo <tomgallo.home@gmail.com>", inv="CP-7744", amt="2,150.00", due="2026-10-28",
         intent="dispute",
         body="""The water heater your guys installed three weeks ago is already leaking from the bottom. I'm not paying a dime until someone comes back out and fixes it properly.

Tom Gallo"""),
    dict(id="e3u20", date="2026-11-20T11:30", fmt="outlook", stage="second_reminder",
         from_="Sandra Ellis <sellis@ellisdaycare.com>", inv="CP-7756", amt="780.00", due="2026-11-04",
         intent="dispute",
         body="""Hi,

We were billed for 6 hours of labor, but your technician was only here for about 3 - he arrived after 1 pm and left before 4. Please correct the invoice and resend it.

Sandra Ellis
Director, Ellis Day Care Center"""),
    dict(id="e3u21", date="2026-12-03T14:18", fmt="gmail", stage="reminder",
         from_="Carlos Ruiz <carlos@ruizlandscaping.com>", inv="CP-7799", amt="465.00", due="2026-11-23",
         intent="dispute",
         body="""Hi,

This repair should be covered under the warranty. You replaced the same boiler pump in May and it failed again. I shouldn't be paying for it twice.

Carlos"""),
    dict(id="e3u22", date="2026-12-09T10:02", fmt="html_gmail", stage="firm", ago=4,
         from_="Nancy Hoffman <nancy.hoffman@hoffmanrealty.com>", inv="CP-7777", amt="1,395.00", due="2026-11-10",
         intent="dispute",
         body="""Hello,

We have no record of ordering this work. The address on the invoice, 18 Birch Lane, is not one of our managed properties and never has been. Please check your records - I think this belongs to another customer.

Nancy Hoffman
Hoffman Realty"""),
    dict(id="e3u23", date="2026-12-14T13:37", fmt="outlook", stage="second_reminder",
         from_="Jim Becker <jbecker@beckerbrewpub.com>", inv="CP-7808", amt="3,180.00", due="2026-11-20",
         intent="dispute",
         body="""Your estimate for the walk-in cooler line was $2,400. The invoice is $3,180 and nobody called me about any changes. I'll pay the $2,400 we agreed on, not the rest.

Jim Becker
Becker Brew Pub"""),

    # ---------------------------------------------------------------- out_of_office (4)
    dict(id="e3u24", date="2026-11-10T09:31", fmt="ooo", stage="reminder", ago=0,
         from_="Mark Sullivan <msullivan@sullivanconstruction.com>", inv="CP-7747", amt="1,260.00", due="2026-10-30",
         intent="out_of_office", return_date="2026-11-16",
         note="US numeric date 11/16 = November 16",
         body="""Thank you for your email. I am out of the office through Friday 11/13 and will return on Monday 11/16. For urgent matters, please call the office at (845) 555-0177.

Mark Sullivan"""),
    dict(id="e3u25", date="2026-11-25T09:30", fmt="ooo", stage="second_reminder", ago=0,
         from_="Billing Office <billing@greenfieldpediatrics.com>", inv="CP-7771", amt="640.00", due="2026-11-09",
         intent="out_of_office", return_date="2026-11-30",
         body="""Our office is closed Wednesday, November 25 through Friday, November 27 for the Thanksgiving holiday. We will return on Monday, November 30 and respond to your message then.

Happy Thanksgiving!
Greenfield Pediatrics Billing"""),
    dict(id="e3u26", date="2026-12-18T09:31", fmt="ooo", stage="reminder", ago=0,
         from_="Heather Grant <hgrant@grantinsurance.com>", inv="CP-7830", amt="350.00", due="2026-12-08",
         intent="out_of_office", return_date="2027-01-04",
         subj_prefix="Out of Office: ",
         note="'out of the office through January 1, 2027' (a Friday) - first working day back Mon Jan 4",
         body="""Hello,

I will be out of the office through January 1, 2027 with no access to email. Happy holidays!

Heather Grant
Grant Insurance Agency"""),
    dict(id="e3u27", date="2026-12-11T09:32", fmt="ooo", stage="second_reminder", ago=0,
         from_="Josh Feldman <josh@feldmanphoto.com>", inv="CP-7795", amt="275.00", due="2026-11-24",
         intent="out_of_office", return_date="2026-12-16",
         note="written Fri Dec 11; 'returning Wednesday' = Dec 16",
         body="""I'm on vacation and returning Wednesday. I'll reply when I'm back.

- Josh"""),

    # ---------------------------------------------------------------- plan_request (3)
    dict(id="e3u28", date="2026-11-13T15:06", fmt="gmail", stage="firm", ago=3,
         from_="Darnell Washington <darnellw@dwtrucking.com>", inv="CP-7709", amt="2,900.00", due="2026-10-12",
         intent="plan_request",
         body="""I know this is overdue. Business has been slow since the contract ended. Can we do $500 a month until it's paid off? I can start next week.

Darnell Washington
DW Trucking LLC"""),
    dict(id="e3u29", date="2026-12-04T10:49", fmt="outlook", stage="second_reminder",
         from_="Maria Santos <msantos@riversidefoodpantry.org>", inv="CP-7784", amt="1,600.00", due="2026-11-12",
         intent="plan_request",
         body="""Good morning,

We are a small nonprofit and our grant funding doesn't arrive until the new year. Would it be possible to pay this invoice in four monthly installments of $400? We really appreciate the work your team did on our kitchen.

Maria Santos
Operations Coordinator, Riverside Food Pantry"""),
    dict(id="e3u30", date="2026-12-16T20:11", fmt="gmail", stage="firm", ago=4,
         from_="kyle brennan <kbrennan88@yahoo.com>", inv="CP-7763", amt="1,050.00", due="2026-11-06",
         intent="plan_request",
         body="""can i pay half now and the other half in january? christmas is killing me this year"""),

    # ---------------------------------------------------------------- other (3)
    dict(id="e3u31", date="2026-11-18T12:14", fmt="gmail", stage="reminder",
         from_="Lisa Tran <lisa@tranpropertygroup.com>", inv="CP-7766", amt="730.00", due="2026-11-06",
         intent="other",
         note="question about which job the invoice is for; no dispute, no commitment",
         body="""Hi,

Is this for the Maple St job or the Elm St one? Just want to make sure it gets charged to the right property.

Thanks
Lisa"""),
    dict(id="e3u32", date="2026-11-30T09:58", fmt="outlook", stage="reminder",
         from_="Office <office@northsidechurch.org>", inv="CP-7797", amt="880.00", due="2026-11-19",
         intent="other",
         body="""Thank you for the reminder. I have forwarded this to our treasurer.

Blessings,
Northside Community Church Office"""),
    dict(id="e3u33", date="2026-12-15T16:33", fmt="apple", stage="second_reminder",
         from_="Gary Nolan <garynolan@nolanfence.com>", inv="CP-7801", amt="495.00", due="2026-11-25",
         intent="other",
         body="""Got it.

Sent from my iPhone"""),

    # ---------------------------------------------------------------- copy_request (2)
    dict(id="e3u34", date="2026-11-11T10:40", fmt="html_outlook", stage="reminder",
         from_="Vendor Setup <vendors@lakesidehotelgroup.com>", inv="CP-7753", amt="2,215.00", due="2026-11-02",
         intent="copy_request",
         body="""Hello,

Before we can release payment we need a completed W-9 and a copy of the invoice on your letterhead. Please send both to this address.

Thank you,
Vendor Setup Team
Lakeside Hotel Group"""),
    dict(id="e3u35", date="2026-12-03T13:55", fmt="gmail", stage="second_reminder",
         from_="Ann Mercer <ann.mercer@mercerchiro.com>", inv="CP-7786", amt="340.00", due="2026-11-13",
         intent="copy_request",
         body="""Hi - the link says the invoice has expired. Can you resend the invoice as a PDF?

Ann"""),

    # ---------------------------------------------------------------- unsubscribe (1)
    dict(id="e3u36", date="2026-11-27T07:45", fmt="gmail", stage="reminder",
         from_="Walt Jensen <waltjensen@aol.com>", inv="CP-7789", amt="160.00", due="2026-11-16",
         intent="unsubscribe",
         body="""Take me off this list. I don't want these emails."""),

    # ---------------------------------------------------------------- contact_change (1)
    dict(id="e3u37", date="2026-11-09T11:21", fmt="outlook", stage="reminder",
         from_="Brian Walsh <bwalsh@walshmanufacturing.com>", inv="CP-7734", amt="1,720.00", due="2026-10-29",
         intent="contact_change", new_email="ap@walshmanufacturing.com",
         body="""Hi,

Please send all invoices and statements to ap@walshmanufacturing.com going forward. I'm in operations and these just sit in my inbox.

Brian Walsh
Plant Manager"""),

    # ---------------------------------------------------------------- bank_details (1)
    dict(id="e3u38", date="2026-12-01T14:44", fmt="gmail", stage="reminder",
         from_="Olivia Chen <olivia@chendesignstudio.com>", inv="CP-7806", amt="615.00", due="2026-11-20",
         intent="bank_details",
         body="""Hi,

Do you accept ACH? If so please send me your routing and account number and I'll set you up as a payee.

Olivia"""),

    # ---------------------------------------------------------------- bounce (2)
    dict(id="e3u39", date="2026-11-05T09:33", fmt="bounce", stage="reminder", inv="CP-7736", amt="390.00", due="2026-10-27",
         from_="Mail Delivery Subsystem <MAILER-DAEMON@amazonses.com>", rcpt="joe@kesslerelectric.net",
         mta="amazonses.com", status="5.1.1", remote="mx.kesslerelectric.net",
         diag="550 5.1.1 <joe@kesslerelectric.net>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:
joe@kesslerelectric.net

550 5.1.1 <joe@kesslerelectric.net>: Recipient address rejected: User unknown"""),
    dict(id="e3u40", date="2026-12-08T09:34", fmt="bounce", stage="second_reminder", inv="CP-7812", amt="720.00", due="2026-11-18",
         from_="Microsoft Outlook <postmaster@sorensonmarine.onmicrosoft.com>", rcpt="dana@sorensonmarine.com",
         mta="BN8PR12MB3341.namprd12.prod.outlook.com", status="5.1.10", remote="sorensonmarine-com.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         subj="Undeliverable: Second reminder: invoice CP-7812 overdue – Cedar Point Plumbing & Heating Inc.",
         intent="bounce",
         body="""Your message to dana@sorensonmarine.com couldn't be delivered.

dana wasn't found at sorensonmarine.com.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"""),
]

for _c in US:
    _c["country"] = "US"

CASES = GB + US
for _c in CASES:
    _c["from"] = _c.pop("from_")
