"""en_a: handwritten English debtor replies (set 12). Each body written individually."""

CASES = [
    # ---------------- promise (dated) ----------------
    dict(id="s12ena001", country="GB", date="2026-12-08T12:41", fmt="gmail", stage="reminder", ago=1,
         inv="PPS-21288", amt="186.00", due="2026-11-30",
         frm="Dave Marsden <thebluebell.holmfirth@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'Will pay Friday' written Tue 8 Dec: Friday 11 Dec.",
         body="""Will pay Friday

Dave
Blue Bell Inn"""),

    dict(id="s12ena002", country="US", date="2026-12-09T14:22", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="HPIT-4391", amt="1,450.00", due="2026-11-15",
         frm="Maria Delgado <mdelgado@cascobaysmiles.com>",
         intent="promise", promise_date="2026-12-18",
         note="Scheduled for the check run on 12/18 (US month-first), will go out that day.",
         body="""Hi,

Thanks for the reminder. Dr. Whitfield signed off on this yesterday. It's scheduled for our next check run on 12/18 and will go out that day.

Sorry for the delay, we were short staffed most of November.

Maria Delgado
Office Manager
Casco Bay Family Dentistry
1040 Congress St, Portland, ME 04102
(207) 555-0188 | Fax (207) 555-0189

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, may contain protected health information and is intended only for the named recipient. If you received it in error, please notify the sender and delete it."""),

    dict(id="s12ena003", country="FR", date="2026-12-10T19:05", off="+0000", fmt="apple", stage="reminder", ago=3,
         inv="CDP-2026-0347", amt="640,00", due="2026-11-30",
         frm="Simon Ashby <simon.ashby@icloud.com>",
         intent="promise", promise_date="2026-12-17",
         note="British chalet owner: will transfer 'on the 17th' (written 10 Dec) = 17 Dec; thanks for the boiler is a side remark.",
         body="""Bonjour, sorry to reply in English!

Yes I know, it completely slipped my mind with the house move. I'll transfer the full amount on the 17th when I get paid.

Thanks for getting the boiler sorted by the way, the guests said the chalet was lovely and warm.

Simon

Sent from my iPhone"""),

    dict(id="s12ena004", country="GB", date="2026-12-16T10:15", fmt="tb", stage="second_reminder", ago=2,
         inv="PPS-21302", amt="1,124.40", due="2026-11-27",
         frm="Joy Okafor <sbm@st-aidans-primary.org.uk>",
         intent="promise", promise_date="2027-01-07",
         note="School: will be paid in the first BACS run of the new term, Thursday 7th January 2027. 11 and 18 December are context dates.",
         body="""Dear Sir or Madam,

Thank you for your email regarding invoice PPS-21302 (playground signage and banners).

I can confirm that the invoice has now been approved by the Headteacher. Unfortunately it arrived after the final payment run of this term, which closed on 11 December, and the school closes for Christmas on Friday 18 December. The Local Authority finance team does not process payments over the break.

The invoice will therefore be paid in the first BACS run of the new term, on Thursday 7th January 2027. A remittance advice will be sent to accounts@pennineprintsign.co.uk.

I apologise for the inconvenience and thank you for your patience.

Yours faithfully,

Joy Okafor
School Business Manager
St Aidan's C of E Primary School
Tel: 01484 226 413

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender."""),

    dict(id="s12ena005", country="US", date="2027-01-07T17:48", fmt="gmail", stage="second_reminder", ago=3,
         inv="HPIT-4466", amt="385.00", due="2026-12-20",
         frm="Rick Tavares <ricktavaresbuilders@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Phone-typed: will mail a check Monday; written Thu 7 Jan -> Mon 11 Jan.",
         body="""got it. ill mail a check monday, been out on a job up in bangor all week

rick"""),

    dict(id="s12ena006", country="GB", date="2027-01-05T09:52", fmt="outlook", stage="firm", ago=1,
         inv=[("PPS-21215", "2,310.00", "2026-11-06"), ("PPS-21344", "455.00", "2026-12-04")],
         frm="Lee Brannigan <lee@brannigan-joinery.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Will clear both invoices 'by the end of January' = 31 Jan; asking to waive interest is secondary.",
         body="""Morning,

Apologies, I know these are well overdue. December was a nightmare, two of our bigger customers still haven't paid us and the van was off the road for a fortnight.

We will clear both invoices by the end of January. If I can get some of it to you sooner I will.

Could you hold off on the late payment interest? We've been customers of yours for six years and this is the first time we've been late.

Regards
Lee Brannigan
Director
Brannigan Joinery Ltd
07712 408 391"""),

    dict(id="s12ena007", country="FR", date="2026-12-21T11:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="CDP-2026-0371", amt="1 915,00", due="2026-11-30",
         frm="Maarten de Vries <maarten.devries@ziggo.nl>",
         intent="promise", promise_date="2027-01-04",
         note="Dutch owner writing English: will pay on 4 January; question about changeover on Saturday 9 January is a side question.",
         body="""Hello,

Excuse me for the late payment. I was in hospital for a small operation and my wife does not do the banking. I will pay the invoice on 4 January, together with the January invoice if that is possible for you.

Other question: can your team do the changeover cleaning on Saturday 9 January instead of the Friday? Our guests arrive only in the evening that day.

Kind regards,
Maarten de Vries
Chalet Edelweiss, Les Gets"""),

    dict(id="s12ena008", country="US", date="2027-01-08T15:10", fmt="gmail", stage="firm", ago=4,
         inv="HPIT-4402", amt="2,870.00", due="2026-11-30",
         frm="Tony Ferraro <tony@ferraroskitchen.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay in full on the 15th (written 8 Jan) = 15 Jan; POS issue is a side service request.",
         body="""Hey guys,

Yeah I know. Holidays were great for covers but we had to replace the compressor on the walk-in and it wiped us out for the month. Our SBA line draws on the 15th and I'll pay you in full that day, you have my word.

Can you let Kevin know the POS terminal at the bar is freezing up again? Second time this week.

Tony Ferraro
Ferraro's Kitchen & Bar
(207) 555-0172"""),

    dict(id="s12ena009", country="GB", date="2027-01-11T14:05", fmt="outlook", stage="repeat", ago=3, fwd=True,
         subj="FW: Reminder: invoice PPS-21236 still unpaid – Pennine Print & Sign Ltd",
         inv="PPS-21236", amt="742.80", due="2026-11-20",
         frm="Kelly Armitage <kelly@armitage-motors.co.uk>",
         intent="promise", promise_date="2027-01-13",
         note="Assistant forwards the MD's answer: 'paid Weds', written Mon 11 Jan -> Wed 13 Jan.",
         body="""Hi,

Please see Graham's reply below regarding the outstanding invoice.

Thanks
Kelly

Kelly Armitage | Office Administrator
Armitage Motors Ltd | Lockwood Road, Huddersfield HD1 3QW
01484 530 772

From: Graham Armitage <graham@armitage-motors.co.uk>
Sent: 11 January 2027 13:40
To: Kelly Armitage <kelly@armitage-motors.co.uk>
Subject: RE: Reminder: invoice PPS-21236 still unpaid – Pennine Print & Sign Ltd

Kel - tell them it'll be paid Weds, I'll do it on the banking when I'm back from the auction.
G"""),

    dict(id="s12ena010", country="US", date="2027-01-20T20:15", fmt="html_gmail", stage="reminder", ago=2,
         inv="HPIT-4519", amt="260.00", due="2027-01-10",
         frm="Jen Kowalski <jen.kowalski82@gmail.com>",
         intent="promise", promise_date="2027-02-01",
         note="Household: will pay online on payday, 'the 1st' (written 20 Jan) = 1 Feb.",
         body="""Hi there,

So sorry about this! Things got away from us after the holidays. We get paid on the 1st and I'll pay the whole thing online that day.

The new router is working great btw, the kids haven't complained once lol

Thanks,
Jen"""),

    # ---------------- promise (no single date) ----------------
    dict(id="s12ena011", country="GB", date="2026-12-18T21:14", fmt="apple", stage="second_reminder", ago=4,
         inv="PPS-21329", amt="98.50", due="2026-12-01",
         frm="Shelley Dyson <shelley@curlupanddye-salon.co.uk>",
         intent="promise",
         note="Will sort it 'after the holidays': a commitment without a single day.",
         body="""Hiya, so sorry it's been absolutely manic in the salon with the Christmas rush. I'll get it sorted after the holidays I promise xx

Shell

Sent from my iPhone"""),

    dict(id="s12ena012", country="US", date="2026-12-10T11:02", fmt="outlook", stage="reminder", ago=3,
         inv="HPIT-4377", amt="1,180.00", due="2026-11-25",
         frm="Brian Costa <bcosta@seacoastpropertygroup.com>",
         intent="promise",
         note="Approved, will be paid 'next week' with vendor payments: window only, no date.",
         body="""Hello,

This was approved by the owners' association at Tuesday's board meeting and will be paid next week with the rest of our vendor payments.

Brian Costa
Property Manager
Seacoast Property Group
P: (207) 555-0161 x204
www.seacoastpropertygroup.com"""),

    dict(id="s12ena013", country="FR", date="2027-01-05T16:40", off="-0500", loc="US", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="CDP-2026-0398", amt="2 480,00", due="2026-12-15",
         frm="Karen Whitmore <kwhitmore@whitmore-advisors.com>",
         intent="promise",
         note="US client: wire to be sent, 'expect it early next week' - a window, no single date. Currency question is secondary.",
         body="""Hello,

Apologies for the delay. Our bookkeeper was out over the holidays, and international wires have to be approved by both partners here. I've asked her to set it up as soon as she can; you should expect the wire early next week.

Could you just confirm the amount is in euros (EUR 2,480.00)? I want to make sure the bank converts the right figure.

Best regards,

Karen Whitmore
Managing Partner
Whitmore Advisors LLC
1200 Boylston St, Suite 410, Boston, MA 02215
T (617) 555-0190"""),

    # ---------------- paid ----------------
    dict(id="s12ena014", country="GB", date="2026-12-08T10:20", fmt="gmail", stage="reminder", ago=1,
         inv="PPS-21297", amt="312.00", due="2026-11-30",
         frm="Carl Whitehead <carl.whitehead.plumbing@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="Paid 'this morning' by bank transfer, reply of 8 Dec.",
         body="""Hi, paid this morning by bank transfer, ref PPS-21297. Should be with you later today.

Cheers
Carl
Whitehead Plumbing & Heating
07845 221 906"""),

    dict(id="s12ena015", country="US", date="2026-12-09T10:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="HPIT-4355", amt="3,640.00", due="2026-11-10",
         frm="Accounts Payable <ap@merrillhalelaw.com>",
         intent="paid", paid_on="2026-12-04",
         note="Check #10442 mailed on 12/4/2026 (month-first). 12/18 is only the follow-up deadline.",
         body="""Good morning,

Our records show invoice HPIT-4355 was paid by check #10442 in the amount of $3,640.00, mailed on 12/4/2026. Please allow 5-7 business days for delivery. If the check has not been received by 12/18, let us know and we will place a stop payment and reissue.

Thank you,

Denise Hartley
Accounts Payable
Merrill & Hale, P.A.
One Monument Square, Portland, ME 04101
(207) 555-0125

This message may contain confidential and/or privileged information. If you are not the intended recipient, please notify the sender immediately and delete this message. Any unauthorized use or disclosure is prohibited."""),

    dict(id="s12ena016", country="FR", date="2026-12-15T08:50", off="+0000", fmt="gmail", stage="reminder", ago=1,
         inv="CDP-2026-0385", amt="320,00", due="2026-12-05",
         frm="Hannah Pryce <hannahpryce@btinternet.com>",
         intent="paid", paid_on="2026-12-13",
         note="Paid by card through the link 'on Sunday'; written Tue 15 Dec -> Sun 13 Dec. Asks to check receipt.",
         body="""Hi,

I paid this by card through your link on Sunday - I got a confirmation screen but no email afterwards. Can you check it's come through? It was 320 euros.

Thanks,
Hannah Pryce
(Chalet Les Sorbiers)"""),

    dict(id="s12ena017", country="GB", date="2027-01-04T11:35", fmt="outlook", stage="second_reminder", ago=0,
         inv=[("PPS-21318", "864.00", "2026-12-10"), ("PPS-21351", "216.00", "2026-12-18")],
         frm="Sandra Holt <accounts@holtandmarsh.co.uk>",
         intent="paid", paid_on="2026-12-22",
         note="Both invoices paid in one transfer on 22/12 (UK day-first).",
         body="""Good morning,

Both of these invoices were paid together in one transfer on 22/12 for £1,080.00, our reference HOLTMARSH DEC. Remittance attached.

Could you please update your records and let me know if anything is still showing as outstanding on our account.

Many thanks
Sandra

Sandra Holt
Accounts
Holt & Marsh Estate Agents
14 Westgate, Halifax HX1 1DJ
01422 361 550

Holt & Marsh is a trading name of H&M Property Services Ltd. Registered in England No. 07234981. Registered office as above."""),

    dict(id="s12ena018", country="US", date="2027-01-12T07:55", fmt="none", stage="reminder", ago=1,
         inv="HPIT-4497", amt="145.00", due="2026-12-31",
         frm="Devon Clarke <devclarke@icloud.com>",
         intent="paid", paid_on="2027-01-11",
         note="'paid it yesterday' on Tue 12 Jan -> Mon 11 Jan.",
         body="""paid it yesterday online with my card, should show up. thx"""),

    dict(id="s12ena019", country="GB", date="2027-01-14T16:22", fmt="gmail", stage="firm", ago=3,
         inv="PPS-21262", amt="1,390.00", due="2026-11-25",
         frm="Nadeem Akhtar <nadeem@akhtarcarpets.co.uk>",
         intent="paid", paid_on="2027-01-14",
         note="Partial payment of £400 transferred this morning; rest 'as soon as I can' (no date).",
         body="""Hi,

I've transferred £400 this morning as part payment against PPS-21262. I'll send the rest as soon as I can, I'm waiting on a big commercial job to pay me and they're dragging their feet.

Sorry about this, it's not like me.

Nadeem
Akhtar Carpets & Flooring
07981 334 120"""),

    dict(id="s12ena020", country="FR", date="2027-01-06T12:14", off="+0000", fmt="outlook", stage="repeat", ago=2,
         inv=[("CDP-2026-0333", "4 350,00", "2026-11-20"), ("CDP-2026-0360", "1 120,00", "2026-11-30")],
         frm="Aoife Brennan <accounts@snowtrailholidays.ie>",
         intent="paid", paid_on="2026-12-18",
         note="Irish tour operator: both invoices in the payment run of 18 December, funds left that day.",
         body="""Hi there,

Thanks for your email. Both invoices were included in our payment run of 18 December and the funds left our account that day (EUR 5,470.00 in one payment, reference SNOWTRAIL CDP). International transfers can take a few days, especially over Christmas, so it may have landed after your reminder was generated.

Please check again and let me know if you still can't see it.

Kind regards,

Aoife Brennan
Accounts Assistant
SnowTrail Holidays Ltd
Unit 5, Sandyford Business Park, Dublin 18
+353 1 555 0142"""),

    dict(id="s12ena021", country="US", date="2026-12-22T18:30", fmt="apple", stage="second_reminder", ago=1,
         inv="HPIT-4388", amt="95.00", due="2026-12-01",
         frm="Gary Lindqvist <glindqvist@maine.rr.com>",
         intent="paid",
         note="Angry: says it was paid 'weeks ago', no day given.",
         body="""I PAID THIS ALREADY. Weeks ago. Check your own records before you send people threatening emails three days before Christmas.

G. Lindqvist"""),

    dict(id="s12ena022", country="GB", date="2027-01-21T10:45", fmt="tb", stage="second_reminder", ago=3, fresh=True,
         subj="Invoice PPS-21380 - cheque in the post",
         inv="PPS-21380", amt="64.00", due="2026-12-31",
         frm="Margaret Sheard <treasurer.honleyband@gmail.com>",
         intent="paid", paid_on="2027-01-18",
         note="New mail from a band treasurer: cheque posted 'on Monday'; written Thu 21 Jan -> Mon 18 Jan.",
         body="""Dear Pennine Print,

I posted a cheque for £64.00 on Monday, second class I'm afraid, so it may take a day or two to reach you. It is made out to Pennine Print & Sign Ltd and I have written the invoice number on the back.

My apologies for the delay, the committee only meets once a month to sign cheques.

Margaret Sheard (Mrs)
Hon. Treasurer
Honley Brass Band"""),

    dict(id="s12ena023", country="US", date="2027-01-08T09:40", fmt="html_gmail", stage="reminder", ago=4,
         inv="HPIT-4471", amt="720.00", due="2026-12-28",
         frm="Priya Raman <priya@ramanphysio.com>",
         intent="paid", paid_on="2027-01-05",
         note="ACH sent on 1/5 (US month-first) = 5 Jan.",
         body="""Hi Harbor Point team,

We paid this one via ACH on 1/5, confirmation # 8834120. It may take a couple of days to post on your end.

Thanks!
Priya

Priya Raman, PT, DPT
Raman Physical Therapy
(207) 555-0137"""),

    # ---------------- dispute ----------------
    dict(id="s12ena024", country="GB", date="2026-12-11T13:12", fmt="gmail", stage="firm", ago=2,
         inv="PPS-21241", amt="1,860.00", due="2026-11-20",
         frm="Steve Crossley <steve@crossleyautos.co.uk>",
         intent="dispute",
         note="Angry: refuses to pay until the peeling fascia sign is put right.",
         body="""You've got some nerve sending me a "third reminder" with threats of interest.

The fascia sign your lads fitted in October is already peeling at the left hand end and half the lettering has faded. I rang your office TWICE in November and nobody came back to me. I'm not paying a penny of this until someone comes out and puts it right.

Steve Crossley
Crossley Autos"""),

    dict(id="s12ena025", country="US", date="2026-12-14T16:05", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="HPIT-4362", amt="2,240.00", due="2026-11-20",
         frm="Laura Benedetti <lbenedetti@northwindcpa.com>",
         intent="dispute",
         note="Billed 16 hours against a signed 8-hour proposal; payment held until corrected.",
         body="""Hello,

We are holding payment on invoice HPIT-4362 pending a correction.

The signed proposal for the server migration (Proposal #P-1187, dated October 2) quoted 8 hours of labor at $140/hr. The invoice bills 16 hours. At no point were we told the work would run over the estimate, and no change order was signed.

Please issue a revised invoice for 8 hours ($1,120.00), or send a breakdown of the additional hours so we can review it. We will pay promptly once this is resolved.

Regards,

Laura Benedetti, CPA
Partner
Northwind CPA Group
75 Market St, Portland, ME 04101
(207) 555-0151"""),

    dict(id="s12ena026", country="FR", date="2026-12-17T20:10", off="+0000", fmt="gmail", stage="second_reminder", ago=3,
         inv="CDP-2026-0379", amt="540,00", due="2026-12-04",
         frm="Rupert Lawson <rupert.lawson@lawsonfamily.org.uk>",
         intent="dispute",
         note="Charged an end-of-stay clean and linen for a week that was cancelled; wants a corrected invoice.",
         body="""Hello,

I'm afraid I can't pay this as it stands. The invoice includes a "ménage de fin de séjour" (€180) for the week of 21 November, but we cancelled that week with Céline by email on 3 November and nobody stayed in the chalet. The linen charge for that week should come off as well.

If you send me a corrected invoice I'll pay the remainder straight away.

Best wishes,
Rupert Lawson"""),

    dict(id="s12ena027", country="GB", date="2026-12-09T15:40", fmt="gmail", stage="reminder", ago=2,
         inv="PPS-21309", amt="275.00", due="2026-12-02",
         frm="Jodie Kaye <jodiekaye.events@gmail.com>",
         intent="dispute",
         note="Typo-laden: charged for 500 flyers, only 250 ordered; wants a corrected invoice before paying.",
         body="""hi theres a mistake on this, we only orderd 250 flyers not 500 and youve charged us for 500. I have the email with the quote if you need it. can you send a new invoice for the right amount and ill pay it strait away

jodie"""),

    dict(id="s12ena028", country="US", date="2027-01-19T13:25", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="HPIT-4503", amt="410.00", due="2027-01-05",
         frm="Mark Ostrowski <markostrowski@gmail.com>",
         intent="dispute",
         note="Repair was declined; only the $65 diagnostic fee is accepted. December 22 is the visit date.",
         body="""Hi,

I don't think we owe this. When your tech looked at my wife's laptop on December 22 he said the motherboard repair would be around $400 and we told him NOT to go ahead, we'd rather buy a new one. We picked the laptop up unrepaired. The only thing we agreed to was the $65 diagnostic fee, which I'm happy to pay.

Please check with him and send a corrected bill.

Mark Ostrowski"""),

    # ---------------- out_of_office ----------------
    dict(id="s12ena029", country="GB", date="2026-12-18T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="PPS-21366", amt="430.00", due="2026-12-11",
         frm="Accounts <accounts@kirkburtonvets.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Accounts office closed from 18 Dec, reopens Monday 4 January 2027.",
         body="""Thank you for your email.

Our accounts office is now closed for the Christmas period from Friday 18th December and will reopen on Monday 4th January 2027. Emails will not be monitored during this time.

For urgent clinical matters please call the practice on 01484 605 211.

Merry Christmas and a Happy New Year from all at Kirkburton Veterinary Centre."""),

    dict(id="s12ena030", country="US", date="2026-12-23T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="HPIT-4429", amt="1,875.00", due="2026-12-15",
         frm="Scott Harmon <sharmon@harmonmarine.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Out through Friday January 1; first working day back Monday January 4.",
         body="""Thank you for your message. I am out of the office through Friday, January 1 with limited access to email and will respond when I return.

For urgent service requests please call our yard office at (207) 555-0166.

Scott Harmon
Harmon Marine Services"""),

    dict(id="s12ena031", country="FR", date="2027-01-04T09:02", fmt="ooo", stage="reminder", ago=0,
         subj_prefix="Automatisk svar: ",
         inv="CDP-2026-0402", amt="3 760,00", due="2026-12-20",
         frm="Mette Kjær <mk@nordskiferie.dk>",
         intent="out_of_office", return_date="2027-01-11",
         note="Danish tour operator, English auto-reply: back on Monday 11 January. Booking address is not a contact change.",
         body="""Thank you for your e-mail.

I am out of the office and will be back on Monday 11 January. Your e-mail will not be forwarded.

For booking questions, please write to booking@nordskiferie.dk.

Med venlig hilsen / Kind regards
Mette Kjær
Finance
Nord Ski Ferie ApS"""),

    dict(id="s12ena032", country="GB", date="2026-12-21T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="PPS-21372", amt="588.00", due="2026-12-14",
         frm="Rachel Booth <rachel.booth@booth-lettings.co.uk>",
         intent="out_of_office", return_date="2026-12-30",
         note="Annual leave, back in the office on 30.12.26 (UK day-first).",
         body="""Hi,

I'm on annual leave and will be back in the office on 30.12.26. If your email is urgent please contact lettings@booth-lettings.co.uk or call the office on 01484 421 870.

Thanks, Rachel"""),

    dict(id="s12ena033", country="US", date="2027-01-13T09:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="HPIT-4455", amt="640.00", due="2026-12-18",
         frm="Erin Caldwell <erin@caldwelldesignstudio.com>",
         intent="out_of_office", return_date="2027-01-19",
         note="Traveling 1/13-1/18, back in the studio Tuesday 1/19.",
         body="""Hi! I'm traveling for a client project 1/13 - 1/18 with spotty access to email. I'll be back in the studio on Tuesday 1/19 and will get back to you then.

Erin"""),

    # ---------------- plan_request ----------------
    dict(id="s12ena034", country="GB", date="2027-01-12T11:08", fmt="html_gmail", stage="firm", ago=1,
         inv="PPS-21227", amt="1,548.00", due="2026-11-13",
         frm="Amanda Fearnley <hello@thelittlepantrycafe.co.uk>",
         intent="plan_request",
         note="Asks to pay in instalments over three or four months; no date committed.",
         body="""Dear Pennine Print & Sign,

Thank you for your patience with this, and I'm sorry it has got as far as a third reminder. I wanted to write properly rather than just ignore it.

The new menu boards and window vinyls you did for us look fantastic and we've had lots of compliments on them. Unfortunately the roadworks outside the café ran for nine weeks instead of three, and our December takings were less than half of what we'd expected. I simply don't have £1,548 available in one go at the moment.

Would it be possible to pay the invoice in instalments over the next three or four months? I'd be happy to set up a standing order for whatever monthly amount you think is fair, and to pay any reasonable interest on top.

I'd be very grateful if you could let me know what you would accept.

Kind regards,

Amanda Fearnley
The Little Pantry Café
27 Huddersfield Road, Holmfirth HD9 3JH
01484 688 240"""),

    dict(id="s12ena035", country="US", date="2026-12-29T10:40", fmt="outlook", stage="final_notice", ago=1,
         inv="HPIT-4321", amt="4,960.00", due="2026-10-31",
         frm="Dennis Gallant <dgallant@gallantroofing.net>",
         intent="plan_request",
         note="Proposes $500 a month, asks if acceptable; 'start in January' is not a dated commitment.",
         body="""I got your final notice. I'm not disputing the bill, the work was done and it was good work. Business is dead this time of year, nobody's getting a roof done in the snow. Would you take $500 a month until it's paid off? If you can do that I can start in January.

Just please don't send this to collections.

Dennis Gallant
Gallant Roofing & Gutters
(207) 555-0119"""),

    dict(id="s12ena036", country="FR", date="2027-01-18T13:20", off="+0000", fmt="apple", stage="firm", ago=4,
         inv="CDP-2026-0354", amt="2 960,00", due="2026-11-30",
         frm="Gillian Rowe <gill.rowe@outlook.com>",
         intent="plan_request",
         note="Widow, joint account frozen until probate: asks to pay in two or three instalments.",
         body="""Dear Sir/Madam,

I'm sorry I haven't replied sooner. My husband died in November and I am still sorting out his affairs, including the chalet, which was in his name. Our joint account has been frozen until probate is granted.

I do want to settle the invoice. Would it be possible to pay it in two or three instalments from my own account? I can't manage the full amount at once.

With thanks,
Gillian Rowe

Sent from my iPad"""),

    # ---------------- copy_request ----------------
    dict(id="s12ena037", country="GB", date="2026-12-10T15:30", fmt="tb", stage="second_reminder", ago=3,
         inv="PPS-21275", amt="396.00", due="2026-11-26",
         frm="Paul Hinchliffe <clerk@kirkheaton-pc.org.uk>",
         intent="copy_request",
         note="Parish clerk has no record of the invoice and asks for a PDF copy; the meeting date is context, not a promise.",
         body="""Good afternoon,

I have no record of receiving invoice PPS-21275. Could you please send a copy (PDF is fine) to this address, with a note of what it relates to? I assume it is the noticeboard signs for the recreation ground.

The Council approves all payments at its monthly meeting, the next one being Thursday 14 January, so I will need the invoice in hand before then.

Kind regards,

Paul Hinchliffe
Clerk & RFO
Kirkheaton Parish Council"""),

    dict(id="s12ena038", country="US", date="2026-12-15T11:50", fmt="html_outlook", stage="reminder", ago=1,
         inv="HPIT-4410", amt="1,320.00", due="2026-12-05",
         frm="Accounts Payable - MRH <apinvoices@midcoastregionalhealth.org>",
         intent="copy_request",
         note="Hospital AP cannot process without a PO number; asks for the PO and a resubmitted invoice.",
         body="""Hello,

We are unable to process invoice HPIT-4410 because it does not reference a valid purchase order. All vendor invoices must include a PO number issued by Midcoast Regional Health Purchasing.

Please provide the PO number, or the name of the department contact who requested the work, and resubmit the invoice to apinvoices@midcoastregionalhealth.org.

Thank you,

Accounts Payable Department
Midcoast Regional Health
Phone: (207) 555-0102, option 3

CONFIDENTIALITY NOTICE: This communication and any attachments may contain confidential information protected by law. If you are not the intended recipient, you are hereby notified that any review, use, disclosure or distribution is prohibited."""),

    dict(id="s12ena039", country="FR", date="2026-12-08T17:15", off="-0500", loc="US", fmt="gmail", stage="reminder", ago=1,
         inv="CDP-2026-0341", amt="1 265,00", due="2026-11-27",
         frm="Tyler Brooks <tylerjbrooks@gmail.com>",
         intent="copy_request",
         note="American renter asks for an itemized statement before paying.",
         body="""Hi,

Sorry, my French is pretty rusty. Is this for the airport transfers and the grocery delivery from our trip at the end of November? Could you send me an itemized statement? All I can see is the total and I'd like to check it against what we ordered before I pay.

Thanks,
Tyler"""),

    # ---------------- contact_change ----------------
    dict(id="s12ena040", country="GB", date="2026-12-14T08:12", fmt="apple", stage="reminder", ago=3,
         inv="PPS-21312", amt="684.00", due="2026-12-04",
         frm="Ian Sykes <ian.sykes@sykesbuildingservices.co.uk>",
         intent="contact_change", new_email="accounts@sykesbuildingservices.co.uk",
         note="Site manager asks for invoices and reminders to go to the accounts address.",
         body="""Morning, I'm the site manager so I don't deal with invoices. Please send all invoices and reminders to accounts@sykesbuildingservices.co.uk and they'll sort it.

Ian

Sent from my iPhone"""),

    dict(id="s12ena041", country="US", date="2027-01-26T14:48", fmt="gmail", stage="second_reminder", ago=1,
         inv="HPIT-4512", amt="890.00", due="2027-01-10",
         frm="Chris Nadeau <chris@bayviewbrewing.com>",
         intent="contact_change", new_email="ap@bayviewbrewing.com",
         note="Former contact left; billing to go to ap@ from now on. Forwarding to bookkeeper is no payment commitment.",
         body="""Hi,

Dana left us at the end of December and her old inbox just forwards to me, which is why this sat for a while. Please send billing stuff to ap@bayviewbrewing.com from now on. I've passed this one on to our bookkeeper.

Chris Nadeau
Co-owner, Bayview Brewing Co."""),

    # ---------------- bank_details ----------------
    dict(id="s12ena042", country="GB", date="2027-01-07T12:30", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="PPS-21340", amt="2,118.00", due="2026-12-11",
         frm="Helen Priestley <helen.priestley@priestleysolicitors.co.uk>",
         intent="bank_details",
         note="Received a suspicious change-of-bank-details email; asks the firm to confirm its account before paying.",
         body="""Good afternoon,

Before we process this, please can you confirm your bank details? On 29 December we received an email, apparently from your accounts team, saying Pennine Print & Sign had moved banks and asking us to pay to a new account with Metro Bank. It didn't look quite right to us.

Could someone call me on the number below to confirm the correct sort code and account number? We will not make any payment to a new account until we have spoken to you.

Kind regards

Helen Priestley
Practice Manager
Priestley & Co Solicitors
01484 510 333

Priestley & Co Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612044). This email and any attachments are confidential and may be legally privileged. We will never notify you of a change to our bank details by email."""),

    dict(id="s12ena043", country="FR", date="2026-12-09T10:05", off="+0000", fmt="gmail", stage="reminder", ago=2,
         inv="CDP-2026-0350", amt="875,00", due="2026-11-30",
         frm="Mike Dunleavy <mike.dunleavy@hotmail.co.uk>",
         intent="bank_details",
         note="Card link fails; asks for IBAN and BIC to pay by transfer.",
         body="""Hello,

The payment link keeps rejecting my UK card. Could you send me your IBAN and BIC so I can do a bank transfer instead? Is the account in the name of Conciergerie des Portes?

Cheers,
Mike Dunleavy
Chalet Le Grand Pré"""),

    # ---------------- unsubscribe ----------------
    dict(id="s12ena044", country="US", date="2026-12-16T21:05", fmt="none", stage="reminder", ago=2,
         inv="HPIT-4399", amt="75.00", due="2026-12-01",
         frm="Pat Mulcahy <patmulcahy@comcast.net>",
         intent="unsubscribe",
         note="Asks to be taken off the email list.",
         body="""Please take me off your email list. I don't want these emails."""),

    dict(id="s12ena045", country="GB", date="2027-01-25T19:02", fmt="gmail", stage="repeat", ago=3,
         inv="PPS-21391", amt="42.00", due="2027-01-08",
         frm="Barry Lumb <barrylumb@gmail.com>",
         intent="unsubscribe",
         note="Short: asks to be unsubscribed from these emails.",
         body="""Unsubscribe me from these please. Thanks

Barry"""),

    # ---------------- bounce ----------------
    dict(id="s12ena046", country="GB", date="2027-01-15T09:04", fmt="bounce", stage="reminder",
         inv="PPS-21358", rcpt="j.moorhouse@moorhouse-electrical.co.uk", status="5.1.10",
         frm="Microsoft Outlook <postmaster@moorhouse-electrical.co.uk>",
         mta="LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM", remote="moorhouseelectrical-co-uk.mail.protection.outlook.com",
         subj="Undeliverable: Payment reminder: invoice PPS-21358 now due – Pennine Print & Sign Ltd",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
         intent="bounce",
         note="Exchange Online non-delivery report: recipient address not found.",
         body="""Your message to j.moorhouse@moorhouse-electrical.co.uk couldn't be delivered.

j.moorhouse wasn't found at moorhouse-electrical.co.uk.

accounts    Office 365    j.moorhouse
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, delete the recipient's address from the Auto-Complete list and retype it.
- Contact the recipient by some other method to confirm that the address is correct.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain."""),

    # ---------------- other ----------------
    dict(id="s12ena047", country="GB", date="2026-12-09T09:40", fmt="outlook", stage="reminder", ago=2,
         inv="PPS-21290", amt="528.00", due="2026-11-27",
         frm="Karen Firth <karen@firthflorists.co.uk>",
         intent="other",
         note="Passed to the accountant who handles supplier payments; no payment statement or address change requested.",
         body="""Hi,

I've passed this on to our accountants, Moorside Accountancy, as they handle all our supplier payments now. They'll be in touch.

Karen
Firth Florists
Market Walk, Holmfirth"""),

    dict(id="s12ena048", country="US", date="2027-01-27T19:20", fmt="apple", stage="reminder", ago=2,
         inv="HPIT-4528", amt="300.00", due="2027-01-15",
         frm="Mike Sullivan <msullivan77@icloud.com>",
         intent="other",
         note="Wrong recipient: has never been a customer.",
         body="""I think you've got the wrong Mike Sullivan. I've never used Harbor Point IT and I don't even live in Maine. Please check your records.

Mike

Sent from my iPhone"""),

    dict(id="s12ena049", country="FR", date="2027-01-19T15:00", off="+0000", fmt="html_outlook", stage="final_notice", ago=5,
         inv="CDP-2026-0318", amt="6 420,00", due="2026-11-15",
         frm="James Hollis <james.hollis@peakalpinechalets.co.uk>",
         intent="other",
         note="Debtor company entered administration on 8 January 2027; claim to be lodged with the administrators.",
         body="""Dear Sir or Madam,

I am writing to let you know that Peak Alpine Chalets Ltd entered administration on 8 January 2027, and Mark Ellison and Sarah Quayle of Ellison Quayle Restructuring LLP were appointed as Joint Administrators.

As a result the directors are no longer able to make payments to creditors. Your claim should be submitted to the administrators, who will be writing to all known creditors in the coming days. Their details are:

Ellison Quayle Restructuring LLP
3rd Floor, 40 Bank Street, Leeds LS1 5PJ
creditors@eqrestructuring.co.uk
0113 555 0480

I'm sorry not to have better news. Your team looked after our guests extremely well over the years.

Yours faithfully,

James Hollis
Director
Peak Alpine Chalets Ltd
Registered in England and Wales No. 08816540"""),

    dict(id="s12ena050", country="US", date="2026-12-11T12:15", fmt="html_gmail", stage="heads_up", ago=2,
         inv="HPIT-4437", amt="1,050.00", due="2026-12-20",
         frm="Rob Ashford <rob@ashfordinsurance.net>",
         intent="other",
         note="Question about paying by American Express on the portal; no commitment.",
         body="""Hi,

Quick question before I pay this - does your payment portal take American Express? Our office card is Amex and I only see the Visa and Mastercard logos. If not, no big deal, I'll figure something else out.

Rob Ashford
Ashford Insurance Agency
(207) 555-0114"""),
]
