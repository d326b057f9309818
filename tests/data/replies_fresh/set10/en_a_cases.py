"""Part en_a: handwritten debtor replies (English). Firms: Tanner Brook Plumbing & Heating Ltd (GB),
Cedar Hollow Landscape LLC (US), Héliance Solaire SARL (FR, English-speaking customers)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s10ena001", country="GB", date="2026-12-08T07:42", fmt="apple", stage="reminder", ago=1,
         inv="TB-26-0817", amt="186.00", due="2026-11-27",
         frm="Leanne Cartwright <leanne.cartwright84@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Will pay on Friday (payday); reply sent Tuesday 8 December, so Friday 11 December.",
         body="""Sorry completly forgot about this. Will do it Friday when I get paid

Leanne

Sent from my iPhone"""),

    dict(id="s10ena002", country="GB", date="2026-12-08T16:20", fmt="html_outlook", stage="second_reminder", ago=6,
         inv=[("TB-26-0744", "312.50", "2026-11-06"), ("TB-26-0769", "95.00", "2026-11-13")],
         frm="Joanne Pryce <joanne.pryce@marlowelettings.co.uk>",
         intent="paid", paid_on="2026-12-07",
         note="Both invoices paid yesterday (Monday 7 December) by BACS in one payment; side request to put property addresses on invoices.",
         body="""Good afternoon,

Both of these went out yesterday by BACS – one payment of £407.50, reference MARLOWE 0744/0769. It should be with you by tomorrow at the latest.

For future jobs could you please put the property address on the invoice? We manage eleven flats on Hatherley Road and St George's Place between us and I had to ring the tenant to work out which one 0769 was.

Kind regards

Joanne Pryce
Accounts Administrator
Marlowe Residential Lettings Ltd
3 Imperial Square, Cheltenham GL50 1QB
T: 01242 220 918

Marlowe Residential Lettings Ltd is registered in England and Wales, company no. 06114872. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""),

    dict(id="s10ena003", country="US", date="2026-12-09T11:05", fmt="gmail", stage="reminder", ago=2,
         inv="CH-4471", amt="2,850.00", due="2026-11-30",
         frm="Linda Ostrowski <lostrowski.briarcreek@gmail.com>",
         intent="promise", promise_date="2026-12-18",
         note="Check to be signed at the 12/17 board meeting and mailed Friday 12/18; the payment date is the mailing day.",
         body="""Hi,

Thanks for the reminder. Your November invoice came in the day after our board met, and we need two signatures on any check over $1,000, so I couldn't just send it.

Our next meeting is Thursday 12/17. We'll sign it there and I'll drop it in the mail on Friday 12/18.

Linda Ostrowski
Treasurer, Briar Creek Homeowners Association"""),

    dict(id="s10ena004", country="GB", date="2026-12-09T21:47", fmt="gmail", stage="second_reminder", ago=3,
         inv="TB-26-0702", amt="1,240.00", due="2026-11-20",
         frm="Gareth Lloyd <garethlloyd77@gmail.com>",
         intent="dispute",
         note="Refuses to pay until the boiler fault the repair was meant to fix is put right.",
         body="""You have got to be joking.

Your engineer came out on the 3rd of November, replaced the diverter valve, charged me £1,240 and the boiler has lost pressure every single day since. I have rung your office four times. Four. Each time I'm told someone will call me back and nobody does. I have a 2 year old in the house and we've been topping the thing up with the filling loop every morning before work.

I'm not paying a penny of this until somebody comes out and fixes what they were paid to fix. And if I get another one of these automated emails before that happens I'll be leaving reviews everywhere I can find.

Gareth Lloyd
07791 402 558"""),

    dict(id="s10ena005", country="GB", date="2026-12-18T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="TB-26-0851", amt="2,460.00", due="2026-12-11",
         frm="Mrs K Whitcombe <bursar@brockeridge.gloucs.sch.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="School closed for Christmas; back in the office Monday 4 January 2027.",
         body="""Thank you for your email.

The school is now closed for the Christmas holidays. I will be back in the office on Monday 4th January 2027 and will respond to your email then.

For anything urgent please contact the school office on 01452 713 604. Please note the office is only staffed on 21st and 22nd December.

Mrs K. Whitcombe
School Business Manager
Brockeridge C of E Primary School"""),

    dict(id="s10ena006", country="FR", loc="GB", date="2026-12-10T18:15", fmt="tb", stage="reminder", ago=3,
         inv="HS-2026-0193", amt="2 480,00", due="2026-11-25",
         frm="Graham Tulloch <g.tulloch@orange.fr>",
         intent="paid", paid_on="2026-12-07",
         note="Paid by Wise transfer on Monday the 7th; asks the firm to check it has arrived.",
         body="""Hello,

Apologies for writing in English, my French isn't up to accountancy.

We paid this by bank transfer from our UK account (through Wise) on Monday the 7th. Wise tells me it was delivered the following morning, reference HS-2026-0193. Could you check at your end that it has arrived? If not I can send you the Wise receipt.

Many thanks, and the panels are performing beautifully even in December.

Graham & Ann Tulloch
Lieu-dit Les Faures
24240 Monbazillac"""),

    dict(id="s10ena007", country="GB", date="2026-12-11T10:02", fmt="tb", stage="firm", ago=4,
         inv="TB-26-0655", amt="3,875.00", due="2026-10-30",
         frm="Margaret Ellery <treasurer@staldhelms-charltonkings.org.uk>",
         intent="plan_request",
         note="Church treasurer asks to pay in monthly instalments; amounts to be agreed by the PCC in January, no date committed.",
         body="""Dear Sirs,

I am the honorary treasurer of St Aldhelm's Church, Charlton Kings, and I am writing about your invoice for the work on the church hall heating in October. I must first apologise that it has gone unanswered for so long. Our previous treasurer, Mr Hobbs, stood down at the end of September for health reasons and I have only had the books since the start of November. I am afraid a number of things fell through the cracks in the handover, yours among them.

I should say the work itself was excellent and the hall has never been warmer, which the Tuesday luncheon club in particular is very grateful for.

The difficulty is that the figure is rather more than the PCC had budgeted, as the estimate we approved was for the hall only and the vestry radiators were added while your men were on site (quite rightly, as it turned out). Our reserves are committed until the parish share is settled, and much of our income arrives with the Christmas collections and the Gift Aid reclaim in the new year.

Would it be possible to pay the balance in monthly instalments? I will need the PCC to agree the exact figures at its meeting in January, but I wanted to let you know as soon as possible that we fully intend to pay, and to ask whether you would be willing to consider it.

With thanks and best wishes for Christmas,

Margaret Ellery
Hon. Treasurer, St Aldhelm's PCC
01242 511 086"""),

    dict(id="s10ena008", country="US", date="2026-12-10T14:38", fmt="html_outlook", stage="reminder", ago=3,
         inv="CH-4433", amt="1,615.00", due="2026-11-20",
         frm="Derek Haines <dhaines@keystonepmg.com>", cc="ap@keystonepmg.com",
         intent="copy_request",
         note="Needs the invoice resent with community name and service dates, plus a current W-9, before it can pay.",
         body="""Hello,

We don't have this invoice in our system. Can you please resend it to ap@keystonepmg.com with the community name (should be Lakeview Commons) and the service dates on it? We will also need a current W-9 before we can pay - our vendor portal is showing the one we have for Cedar Hollow as expired.

Once we have both, processing usually takes 10-15 business days.

Thanks,

Derek Haines
Accounts Payable Specialist
Keystone Property Management Group
4300 Six Forks Rd, Suite 210 | Raleigh, NC 27609
O: (919) 555-0172

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s10ena009", country="GB", date="2026-12-14T09:15", fmt="outlook", stage="reminder", ago=4,
         inv="TB-26-0802", amt="540.00", due="2026-11-30",
         frm="Rob Kettle <rob@pittvillejoinery.co.uk>",
         intent="contact_change", new_email="accounts@pittvillejoinery.co.uk",
         note="MD asks that invoices and reminders go to the bookkeeper's address.",
         body="""Hi,

This has come to me but I don't deal with the accounts side. Can you send all invoices and reminders to our bookkeeper Helen at accounts@pittvillejoinery.co.uk from now on please – she does the payment runs so it'll get picked up.

Cheers
Rob

Rob Kettle
Director
Pittville Joinery Ltd
07833 190 447"""),

    dict(id="s10ena010", country="GB", date="2026-12-14T13:48", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="TB-26-0790", amt="428.00", due="2026-11-26",
         frm="Fiona Marsh <fiona@olddairycottages.co.uk>",
         intent="bank_details",
         note="Received a suspicious 'new bank details' email; asks the firm to confirm its real bank details before paying.",
         body="""Hello,

Before I pay this can someone please confirm your bank details? I had an email last Wednesday, supposedly from your accounts team, saying you'd moved banks and giving a new sort code and account number with Monzo. It looked a bit off to me (it came from tannerbrook-accounts@outlook.com) and the details don't match the ones printed on the invoice Oliver left.

I'd rather check than send money to a fraudster. I'm happy to pay as soon as you confirm which is right – or ring me on 07700 900263.

Thanks,
Fiona Marsh
The Old Dairy Holiday Cottages
Guiting Power"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s10ena011", country="US", date="2026-12-11T19:22", fmt="apple", stage="reminder", ago=4,
         inv="CH-4482", amt="310.00", due="2026-11-30",
         frm="Tyler Brandt <tbrandt@me.com>",
         intent="promise",
         note="Will pay through the link 'this weekend': a window, no single day.",
         body="""Sorry about that, your first email went to my spam folder. I'll pay it through the link this weekend.

Sent from my iPhone"""),

    dict(id="s10ena012", country="GB", date="2026-12-15T08:55", fmt="gmail", stage="reminder", ago=5,
         inv="TB-26-0798", amt="1,065.00", due="2026-11-30",
         frm="Dean Harrow <dharrowbuilding@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="Builder waiting on his own customer; commits to clear it by the end of the month (31 December).",
         body="""alright mate, the customer on the Prestbury job still hasnt paid me for the bathroom so im waiting on that. ill clear yours by the end of the month whatever happens, you have my word on that.

Dean
D. Harrow Building Services
07968 224 310"""),

    dict(id="s10ena013", country="GB", date="2026-12-15T11:20", fmt="html_outlook", stage="firm", ago=5,
         inv="TB-26-0731", amt="385.20", due="2026-11-16",
         frm="Priya Sandhu <priya@copperkettletearoom.co.uk>",
         intent="dispute",
         note="Contests the labour hours charged; will pay parts and actual time once a corrected invoice is sent.",
         body="""Good morning,

I've been meaning to reply about this one. The invoice shows four hours' labour for the work on our kitchen sink and the water heater under the counter, but your engineer arrived at about half ten and was gone before one – my staff remember because he left while we were setting up for lunch. That's two and a half hours at the most.

I'm happy to pay for the parts (£97.20) and for the time he was actually here, but not for four hours. If you send me a corrected invoice I will pay it straight away.

Regards,

Priya Sandhu
Owner, The Copper Kettle Tearoom
17 Montpellier Walk, Cheltenham GL50 1SD
01242 583 961"""),

    dict(id="s10ena014", country="US", date="2026-12-16T10:10", fmt="outlook", stage="second_reminder", ago=3,
         inv=[("CH-4398", "980.00", "2026-11-15"), ("CH-4412", "1,240.00", "2026-11-15"), ("CH-4460", "760.00", "2026-11-30")],
         frm="Maria Delgado <mdelgado@trinitycrestps.com>",
         intent="promise", promise_date="2026-12-22",
         note="All three invoices scheduled for the 12/22 check run; side request to include the property code.",
         body="""Good morning,

All three of these (4398, 4412 and 4460) have been approved by the owner and are scheduled for our 12/22 check run. You should receive the check by the end of that week.

Going forward, please include the property code (BCV-02 for Beacon Village) in the invoice description or they get kicked back by our system.

Thank you,

Maria Delgado
Senior Property Accountant
Trinity Crest Property Services
(919) 555-0133 ext. 214"""),

    dict(id="s10ena015", country="GB", date="2026-12-16T22:04", fmt="none", stage="reminder", ago=6,
         inv="TB-26-0814", amt="230.00", due="2026-11-30",
         frm="Jean Palmer <jpalmer.winchcombe@btinternet.com>",
         intent="other",
         note="Says the reminder reached the wrong person (never a customer); asks the firm to check its records.",
         body="""Dear Sir/Madam,

I think this has come to me by mistake. I have never had any work done by Tanner Brook and I don't recognise the invoice number. My name is Palmer but I expect there is another J. Palmer. This email address used to belong to my late husband John, who had a plumbing business himself in Winchcombe until 2019, so perhaps that is where the confusion has come from.

Could you please check your records.

Yours faithfully,

Jean Palmer (Mrs)"""),

    dict(id="s10ena016", country="US", date="2026-12-21T09:32", fmt="ooo", stage="repeat", ago=0,
         inv="CH-4380", amt="3,400.00", due="2026-10-31",
         frm="Kevin Marsh <kmarsh@summitviewmgmt.com>", subj_prefix="Out of Office: ",
         intent="out_of_office", return_date="2027-01-04",
         note="Out December 21 through January 1; returns Monday, January 4.",
         body="""Thank you for your message. I am out of the office from December 21 through January 1 with limited access to email. I will return on Monday, January 4.

For invoice or payment questions during this time, please contact accounting@summitviewmgmt.com.

Happy holidays!

Kevin Marsh | Portfolio Manager
Summit View Management, Inc."""),

    dict(id="s10ena017", country="GB", date="2026-12-17T13:05", fmt="gmail", stage="heads_up", ago=2,
         inv="TB-26-0866", amt="265.00", due="2026-12-22",
         frm="Claire Fenwick <claire@swallowbarnstays.co.uk>",
         intent="paid", paid_on="2026-12-09",
         note="Already paid by bank transfer on the 9th (before the due date).",
         body="""Hi there,

This one's already paid – I did it by bank transfer on the 9th, the day the invoice came through. Reference was TB-26-0866 / Swallow Barn.

Thanks for sorting the outside tap so quickly, the guests arriving for New Year will be very glad!

Best,
Claire"""),

    dict(id="s10ena018", country="GB", date="2026-12-17T15:40", fmt="html_outlook", stage="reminder", ago=7,
         inv="TB-26-0795", amt="712.80", due="2026-12-01",
         frm="Anita Bose <finance@cotswoldhospicecare.org.uk>",
         intent="copy_request",
         note="Cannot pay without a purchase order number; asks for the invoice to be reissued quoting the PO.",
         body="""Dear Tanner Brook accounts team,

Thank you for your reminder. Unfortunately we are unable to process this invoice as it does not quote a purchase order number, and our finance policy does not allow us to pay any supplier invoice without one. The work was requested by the manager of our Winchcombe Street shop and I understand a PO was raised at the time (it should begin PO-WS).

Could you please reissue the invoice showing the PO number, addressed to Cotswold Hospice Care, Finance Department, and send it to this address? Once we receive it, it will go into our next weekly payment run.

Kind regards,

Anita Bose
Finance Assistant
Cotswold Hospice Care
Registered charity no. 1098472
Tel: 01242 806 550 (Mon–Thu)"""),

    dict(id="s10ena019", country="FR", loc="GB", date="2026-12-18T10:12", fmt="gmail", stage="second_reminder", ago=4,
         inv="HS-2026-0207", amt="3 150,00", due="2026-11-30",
         frm="Susan Whitfield <susan.whitfield55@gmail.com>",
         intent="promise", promise_date="2026-12-21",
         note="Husband must authorise the transfer; he is back Monday the 21st and they will pay then.",
         body="""Dear Sir or Madam,

Sorry for the delay, and sorry for answering in English – I've put your email through Google Translate so I think I've understood it.

The transfer for the gîte panels is over our online banking limit with Crédit Agricole, so my husband has to authorise it from his side, and he is in England until the weekend. He's back on Monday the 21st and we'll do it that day.

Best regards,
Susan Whitfield
La Grange des Noyers
24560 Issigeac"""),

    dict(id="s10ena020", country="GB", date="2026-12-18T16:45", fmt="apple", stage="firm", ago=4,
         inv="TB-26-0688", amt="1,980.00", due="2026-11-09",
         frm="Tom Ashworth <tom.ashworth@mac.com>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment of £1,000 transferred today; the remaining £980 promised vaguely after Christmas.",
         body="""Hi,

I've just transferred £1,000 towards this. I'm afraid that's what I can manage right now, I had two void months on the Tivoli Road flat this autumn. The remaining £980 will follow after Christmas once the new tenants' rent starts coming in.

Hope that's OK. Please don't add the late payment charges, I'm not trying to dodge it.

Tom Ashworth

Sent from my iPad"""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s10ena021", country="US", date="2026-12-22T16:02", fmt="html_gmail", stage="firm", ago=9,
         inv="CH-4419", amt="4,275.00", due="2026-11-20",
         frm="Karen Whitlock <karen.whitlock@gmail.com>",
         intent="dispute",
         note="Refuses to pay until dead plants are replaced under warranty; 'stop sending these' is secondary.",
         body="""I'm not paying this until someone comes out and looks at the front beds.

Of the 14 boxwoods your crew put in at the end of October, 6 are brown and dying. Your foreman Luis told me the plants have a one-year warranty. I emailed photos to your office on 11/24 and again on 12/3 and have heard nothing back, but apparently you can send me automated reminders just fine.

Replace the dead plants (at no charge) and I'll pay the invoice in full. Until then, please stop sending these.

Karen Whitlock
(919) 555-0187"""),

    dict(id="s10ena022", country="GB", date="2026-12-21T09:14", fmt="outlook", stage="reminder", ago=7,
         inv="TB-26-0811", amt="1,152.00", due="2026-12-04",
         frm="Bethany Cole <bethany.cole@greaveslomax.co.uk>", cc="Mark Greaves <mark.greaves@greaveslomax.co.uk>",
         intent="paid", paid_on="2026-12-18",
         note="Assistant passes on the director's answer, written Sunday 20 December: paid 'on Friday' = 18 December.",
         body="""Hello,

Please see Mark's reply below – he's out on site visits today so asked me to pass it on.

Kind regards

Bethany Cole
Office Administrator
Greaves Lomax Chartered Surveyors
01242 254 770

From: Mark Greaves
Sent: 20 December 2026 21:10
To: Bethany Cole
Subject: FW: Payment reminder: invoice TB-26-0811 now due – Tanner Brook Plumbing & Heating Ltd

Beth can you reply to Tanner Brook and let them know this went on Friday with the other supplier payments. Thx M

Sent from my phone"""),

    dict(id="s10ena023", country="GB", date="2026-12-23T09:03", fmt="ooo", stage="second_reminder", ago=0,
         inv="TB-26-0779", amt="624.00", due="2026-11-23",
         frm="Office <office@kemblebrothers.co.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="Office closed for Christmas; reopens Tuesday 5 January 2027.",
         body="""Thank you for your email.

Our office will be closed from 12 noon on Wednesday 23rd December and we will reopen on Tuesday 5th January 2027. Emails will not be monitored during this period.

Wishing you a very Merry Christmas and a Happy New Year.

Kemble Brothers Ltd – Agricultural Engineers
Tel: 01285 770 412"""),

    dict(id="s10ena024", country="US", date="2026-12-22T12:47", fmt="gmail", stage="reminder", ago=1,
         inv="CH-4490", amt="185.00", due="2026-12-15",
         frm="R. Demarco <rdemarco1951@aol.com>",
         intent="unsubscribe",
         note="Asks to be removed from email reminders and to get paper statements instead; no payment statement.",
         body="""Please remove this email address from your reminder list. I don't read email regularly and I do not want billing sent here. Send paper statements to the house like you used to and I'll pay them the way I always have, by check.

R. Demarco"""),

    dict(id="s10ena025", country="GB", date="2026-12-24T10:30", fmt="apple", stage="reminder", ago=10,
         inv="TB-26-0823", amt="96.00", due="2026-12-07",
         frm="Alison Reid <alisonreid@icloud.com>",
         intent="paid", paid_on="2026-12-24",
         note="Paid this morning (24 December).",
         body="""Paid this morning, sorry for the delay. Merry Christmas!

Alison

Sent from my iPhone"""),

    dict(id="s10ena026", country="GB", date="2026-12-29T14:15", fmt="tb", stage="final_notice", ago=8,
         inv="TB-26-0640", amt="2,316.00", due="2026-10-23",
         frm="Lynne Carraway <accounts@severnvalecoachworks.co.uk>",
         intent="promise", promise_date="2027-01-07",
         note="Added to the BACS run processed Thursday 7 January; not the quoted deadline (29 December).",
         body="""Dear Sir or Madam,

Re: Invoice TB-26-0640

I refer to your email of 21 December. I apologise that this invoice has reached this stage. It was being held pending sign-off by our Managing Director, who has been abroad since the middle of the month, and I was not aware it was still outstanding until your letter arrived.

I have now had his approval by telephone and the payment has been added to our next BACS run, which will be processed on Thursday 7th January. I would be grateful if you would refrain from referring the matter for collection in the meantime.

Yours faithfully,

Lynne Carraway
Bookkeeper
Severn Vale Coachworks Ltd
Unit 12, Bamfurlong Industrial Park, Staverton GL51 6SX
01452 857 221

Severn Vale Coachworks Ltd. Registered in England No. 04417263. Registered office as above."""),

    dict(id="s10ena027", country="US", date="2026-12-28T09:34", fmt="bounce", stage="second_reminder",
         inv="CH-4402", amt="1,980.00", due="2026-11-15",
         rcpt="accounting@maplerunhoa.org", status="5.1.1", remote="aspmx.l.google.com",
         diag="550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser",
         intent="bounce",
         note="Delivery failure: recipient address does not exist.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     accounting@maplerunhoa.org

Technical details of permanent failure:
The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces."""),

    dict(id="s10ena028", country="GB", date="2026-12-30T11:50", fmt="html_gmail", stage="reminder", ago=9,
         inv="TB-26-0858", amt="2,890.00", due="2026-12-14",
         frm="Rachel Okafor <rachel@larkspurandwren.co.uk>",
         intent="plan_request",
         note="Asks to spread the payment over a few months (or wait for the insurance payout); no date committed.",
         body="""Hi,

I know this is overdue and I'm sorry. The burst at Larkspur Cottage in November meant we had to cancel three weeks of bookings and refund the guests, and the insurance claim still hasn't been settled (the loss adjuster isn't coming out until the middle of January).

Is there any chance I could pay this off over a few months rather than in one go? I could do a decent chunk now and the rest monthly, or wait and pay the lot once the insurers pay out – whichever suits you better. I just can't find £2,890 in one go this side of the new year.

Thanks for your patience,
Rachel Okafor
Larkspur & Wren Holiday Cottages
07700 900731"""),

    dict(id="s10ena029", country="FR", loc="GB", date="2027-01-04T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="HS-2026-0221", amt="1 640,00", due="2026-12-18",
         frm="Alan Brierley <alan.brierley@wanadoo.fr>",
         intent="out_of_office", return_date="2027-01-18",
         note="Away in the UK until Friday 15 January; back Monday 18th.",
         body="""Thank you for your message. I'm in the UK visiting family until Friday 15th January and only checking email occasionally. I'll be back at Le Pech on Monday 18th and will reply then.

Alan Brierley"""),

    dict(id="s10ena030", country="GB", date="2027-01-04T08:20", fmt="outlook", stage="repeat", ago=14,
         inv="TB-26-0598", amt="4,120.00", due="2026-10-09",
         frm="Hartfield Interiors Ltd <accounts@hartfieldinteriors.co.uk>",
         intent="other",
         note="Company has entered administration; claim must go to the administrators. No payment statement.",
         body="""Dear Sirs,

HARTFIELD INTERIORS LIMITED – IN ADMINISTRATION

We write to inform you that on 18 December 2026 Andrew Pell and Catherine Moy of Pell Moy Restructuring LLP were appointed Joint Administrators of the above company.

The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability. Any debt incurred before the date of appointment will be dealt with in the administration. Please do not send further payment reminders to the company in respect of pre-appointment invoices.

If you wish to submit a claim, please complete the attached proof of debt form and return it to creditors@pellmoy.co.uk, quoting reference HI/2026/118. A formal notice to creditors will follow in due course.

Yours faithfully,

For and on behalf of Hartfield Interiors Limited
Joint Administrators
Pell Moy Restructuring LLP, 9 Rodney Road, Cheltenham GL50 1HX"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s10ena031", country="US", date="2027-01-05T10:48", fmt="html_outlook", stage="second_reminder", ago=8,
         inv="CH-4455", amt="1,350.00", due="2026-12-10",
         frm="Deborah Tate <dtate@gracefellowshipnr.org>",
         intent="paid", paid_on="2026-12-30",
         note="Check #4418 mailed on 12/30; offers to reissue if not received.",
         body="""Good morning,

Check #4418 for $1,350.00 was mailed to your Old Wake Forest Rd address on 12/30. With the holiday mail it may take a few more days to get to you. If it hasn't arrived by the end of next week, please let me know and I'll put a stop on it and reissue.

Blessings,

Deborah Tate
Church Administrator
Grace Fellowship Church of North Raleigh
(919) 555-0119"""),

    dict(id="s10ena032", country="GB", date="2027-01-05T19:33", fmt="gmail", stage="firm", ago=8,
         inv="TB-26-0833", amt="348.00", due="2026-12-11",
         frm="Kelly Dawes <kellyd1992@hotmail.co.uk>",
         intent="promise", promise_date="2027-01-08",
         note="Will pay Friday the 8th when wages go in; asks for charges not to be added.",
         body="""hi sorry been away over xmas and only just seen these. ill pay it friday the 8th when my wages go in. can you not add the charges on please its only a few weeks late
thanks
kelly"""),

    dict(id="s10ena033", country="GB", date="2027-01-06T09:40", fmt="html_outlook", stage="reminder", ago=2,
         inv=[("TB-26-0742", "845.00", "2026-11-05"), ("TB-26-0812", "1,320.00", "2026-12-04")],
         frm="Jas Bhamra <j.bhamra@holmleighpark.org.uk>",
         intent="copy_request",
         note="Asks for a full statement of account to reconcile before paying; mentions an unmatched November payment without claiming these are paid.",
         body="""Good morning,

Our ledger shows a slightly different position. We believe a Tanner Brook invoice was paid in our 27 November payment run, but I can't match it to either of the numbers in your email.

Could you send me a full statement of account for Holmleigh Park Academy, showing all invoices raised and payments received since September? I will reconcile it and come back to you.

Please note that the trust's central finance team now processes all supplier payments, so the statement should be addressed to Severn Learning Trust.

Many thanks,

Jas Bhamra
Finance Officer
Holmleigh Park Academy – part of Severn Learning Trust
01452 300 781

Severn Learning Trust is a charitable company limited by guarantee registered in England and Wales, company number 08321977."""),

    dict(id="s10ena034", country="US", date="2027-01-06T15:20", fmt="gmail", stage="reminder", ago=2,
         inv="CH-4501", amt="420.00", due="2026-12-31",
         frm="Jennifer Park <jenpark.raleigh@gmail.com>",
         intent="promise",
         note="Husband will pay when back 'next week': vague, no single day.",
         body="""Hi Cedar Hollow team,

My husband handles the bills and he's been traveling for work since New Year's. He's back next week and I'll make sure he pays this then. Sorry for the delay - we've been really happy with the crew this year!

Thanks,
Jennifer Park"""),

    dict(id="s10ena035", country="GB", date="2027-01-07T11:05", fmt="tb", stage="repeat", ago=3,
         inv="TB-26-0760", amt="574.00", due="2026-11-12",
         frm="David Mercer <d.mercer@virginmedia.com>",
         intent="paid", paid_on="2026-12-31",
         note="Paid by faster payment on New Year's Eve; asks for confirmation and for reminders to stop.",
         body="""Hello,

I paid this on New Year's Eve by faster payment from my Nationwide account, reference "TB-26-0760 Flat 3". The money has left my account.

Could you confirm you've received it, and stop the reminders for this one please? This is the second I've had since paying.

Regards
David Mercer
Landlord, 4 Bath Terrace"""),

    dict(id="s10ena036", country="GB", date="2027-01-08T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="TB-26-0871", amt="198.00", due="2026-12-31",
         frm="Sue Harland <treasurer@cheltnorthfoodbank.org.uk>",
         intent="out_of_office", return_date="2027-01-12",
         note="Part-time volunteer working Tuesdays and Wednesdays; received Friday 8 January, so next in Tuesday 12 January.",
         body="""Thank you for your email. I work for the foodbank on Tuesdays and Wednesdays only and will pick up your message when I'm next in.

If your query is urgent, please ring the warehouse on 01242 226 574.

Sue Harland
Volunteer Treasurer
Cheltenham North Foodbank
Registered charity no. 1152390"""),

    dict(id="s10ena037", country="US", date="2027-01-08T17:12", fmt="apple", stage="final_notice", ago=4,
         inv="CH-4388", amt="2,140.00", due="2026-11-06",
         frm="Mike Sorensen <mike.sorensen@icloud.com>",
         intent="promise", promise_date="2027-01-15",
         note="Severance lands on the 14th; will pay in full on 1/15. Not the quoted deadline (January 12).",
         body="""I got your final notice. I'm not refusing to pay, I was laid off in November and have been waiting on my severance. It's due to hit my account on the 14th and I will pay the full amount on 1/15.

Please don't send this to collections, I've been a customer of yours for six years.

Mike Sorensen

Sent from my iPhone"""),

    dict(id="s10ena038", country="GB", date="2027-01-11T10:25", fmt="html_gmail", stage="second_reminder", ago=7,
         inv="TB-26-0845", amt="890.00", due="2026-12-18",
         frm="Hannah Beaumont <hannah.beaumont@gmail.com>",
         intent="dispute",
         note="Invoice £240 above the written quote; will pay the quoted £650 only once confirmed.",
         body="""Hi,

I've had another look at this and it doesn't match what we agreed. Oliver quoted £650 including VAT for changing the radiator valves throughout and fitting the bathroom extractor fan – I have his quote email from 12 October. The invoice is for £890, with an extra £240 of "additional materials and labour" that nobody mentioned to me at the time or since.

If there was extra work I'd have expected to be asked first. I'll happily pay the £650 today if you confirm that's the figure. Otherwise can someone explain what the £240 is for?

Thanks
Hannah Beaumont"""),

    dict(id="s10ena039", country="GB", date="2027-01-11T14:02", fmt="outlook", stage="reminder", ago=4,
         inv=[("TB-26-0781", "156.00", "2026-11-24"), ("TB-26-0826", "2,040.00", "2026-12-08"), ("TB-26-0849", "312.00", "2026-12-17")],
         frm="Gemma Holt <accounts@leckfordgardencentre.co.uk>",
         intent="paid", paid_on="2027-01-08",
         note="Two of three invoices paid Friday 8 January; asks for a copy of the third (side request).",
         body="""Hi,

0781 and 0826 were both paid on Friday 8th in our first payment run of the year – remittance attached.

0849 hasn't come through to us at all as far as I can see, could you resend it please and I'll get it on the next run.

Thanks
Gemma

Gemma Holt | Accounts
Leckford Garden Centre Ltd
Tewkesbury Road, Leckford GL20 7QP | 01684 291 036"""),

    dict(id="s10ena040", country="FR", loc="GB", date="2027-01-12T09:48", fmt="html_outlook", stage="reminder", ago=8,
         inv="HS-2026-0234", amt="860,00", due="2026-12-28",
         frm="Peter Langley <peter.langley@btinternet.com>",
         intent="bank_details",
         note="Card payment failed on the link; asks for the firm's IBAN and BIC to pay by transfer.",
         body="""Hello,

I tried to pay via the link in your email but the payment page wouldn't accept my UK debit card – it kept failing at the 3D Secure step. I'd like to pay by bank transfer instead. Could you please send me your IBAN and BIC? They don't appear on the invoice, and I'd rather have them from you directly than guess.

Many thanks,

Peter Langley
Le Moulin Bas, 24500 Eymet
+44 7700 900418"""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s10ena041", country="US", date="2027-01-12T13:30", fmt="html_outlook", stage="firm", ago=8,
         inv="CH-4366", amt="6,800.00", due="2026-10-30",
         frm="Thomas Avery <tavery@pinnaclecommunitymgmt.com>",
         intent="plan_request",
         note="HOA manager asks for a payment arrangement over several months and a late-fee waiver; the 1/26 date is a board meeting, not a payment.",
         body="""Good afternoon,

I manage the Oak Ridge Townhomes Association on behalf of its board. The storm cleanup invoice was well outside the Association's approved 2026 operating budget, and the board has not yet voted on a special assessment to cover it.

The board has asked me to request a payment arrangement, ideally splitting the balance over the next several months. Could you let me know whether Cedar Hollow would agree to that, and whether late fees would be waived as long as we stay current on the agreed schedule? I will take your answer to the board at its January 26 meeting.

Regards,

Thomas Avery, CMCA
Community Association Manager
Pinnacle Community Management
P: (919) 555-0164 | F: (919) 555-0165"""),

    dict(id="s10ena042", country="GB", date="2027-01-13T08:05", fmt="gmail", stage="reminder", ago=6,
         inv="TB-27-0003", amt="120.00", due="2027-01-04",
         frm="Steve Willis <stevewillis.plastering@gmail.com>",
         intent="promise", promise_date="2027-01-14",
         note="Will sort it tomorrow (reply on Wednesday 13 January).",
         body="""will sort it tomorrow, cheers

Steve"""),

    dict(id="s10ena043", country="GB", date="2027-01-14T12:10", fmt="html_outlook", stage="reminder", ago=10,
         inv="TB-26-0836", amt="468.00", due="2026-12-14", fresh=True,
         subj="Invoice TB-26-0836 – 22 Lansdown Crescent – change of billing contact",
         frm="Anthony Reeve <anthony.reeve@lansdown22ra.org.uk>",
         intent="contact_change", new_email="invoices@harcourtblock.co.uk",
         note="Residents' association now uses a managing agent; asks that invoices and reminders go to the agent's address.",
         body="""Dear Sir/Madam,

The residents' association at 22 Lansdown Crescent has not dealt with building maintenance invoices since 1 December. From that date we appointed Harcourt Block Management as our managing agents and they now hold the service charge account.

I have forwarded your invoice TB-26-0836 to them, but please update your records and send all future invoices and reminders for the building to invoices@harcourtblock.co.uk, quoting our block reference LC22.

Kind regards,

Anthony Reeve
Hon. Secretary
22 Lansdown Crescent Residents' Association"""),

    dict(id="s10ena044", country="US", date="2027-01-14T21:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="CH-4512", amt="265.00", due="2026-12-31",
         frm="Bill Hutchins <bhutch54@yahoo.com>",
         intent="other",
         note="Asks whether he can pay by card over the phone and when to call; no commitment.",
         body="""Can I just pay over the phone with a card? The link wants me to make an account and I'm not doing that for one bill. What number do I call and what hours are you there?

Bill Hutchins"""),

    dict(id="s10ena045", country="GB", date="2027-01-18T09:12", fmt="tb", stage="repeat", ago=7,
         inv="TB-26-0709", amt="655.00", due="2026-11-20",
         frm="G. Pennington <gpennington@pennington-antiques.co.uk>",
         intent="unsubscribe",
         note="Asks to be taken off the automated reminders; deals with the firm directly. No payment statement.",
         body="""Please take me off this automated mailing.

I deal with Oliver directly about the account and he is well aware of the arrangement we have. I do not wish to receive any further emails of this kind.

G. Pennington
Pennington Antiques, Tewkesbury"""),

    dict(id="s10ena046", country="GB", date="2027-01-19T15:30", fmt="apple", stage="reminder", ago=8,
         inv="TB-27-0012", amt="84.00", due="2027-01-08",
         frm="Marcus Doyle <marcus.doyle@me.com>",
         intent="promise", promise_date="2027-01-29",
         note="Will pay on the 29th (payday); side question about the boiler service date.",
         body="""Hi, I'll pay this on the 29th when I get paid.

While I've got you – is the annual service on the boiler at Hewlett Road due this month or next? I can't remember when Oliver last came and I need the gas safety certificate for the letting agent.

Cheers, Marcus

Sent from my iPhone"""),

    dict(id="s10ena047", country="US", date="2027-01-20T11:15", fmt="outlook", stage="reminder", ago=2,
         inv="CH-4530", amt="3,150.00", due="2027-01-15",
         frm="Alyssa Morgan <amorgan@crestlinecam.com>",
         intent="paid", paid_on="2027-01-19",
         note="Sent by ACH yesterday, 1/19, with a confirmation number.",
         body="""Hi,

Payment for CH-4530 was sent by ACH yesterday (1/19) from the Willow Bend HOA operating account. Confirmation # TRU-7734-0119. Please allow 1-2 business days for it to post.

Thanks,

Alyssa Morgan
Accounting Coordinator
Crestline Community Association Management
(984) 555-0126"""),

    dict(id="s10ena048", country="GB", date="2027-01-21T10:40", fmt="html_gmail", stage="final_notice", ago=10,
         inv="TB-26-0842", amt="145.00", due="2026-12-16",
         frm="Simon Ratcliffe <simon.ratcliffe@outlook.com>",
         intent="dispute",
         note="Contests a call-out charge for a cancelled visit that never happened; refuses to pay.",
         body="""Referral to collection? For a £145 call-out charge for a visit that NEVER HAPPENED?

I cancelled that appointment by phone on the Tuesday morning (1st December) and spoke to a lady called Dawn in your office who said no problem. Nobody came to the house, my neighbour was in all day and can confirm it. I have said all of this twice already, once by phone and once by email on the 18th of December.

This invoice is wrong and I will not be paying it. If you pass it to a debt collector I will take it up with Trading Standards and the small claims court myself.

Simon Ratcliffe"""),

    dict(id="s10ena049", country="FR", loc="GB", date="2027-01-25T16:55", fmt="gmail", stage="second_reminder", ago=7,
         inv="HS-2026-0228", amt="1 120,00", due="2026-12-31",
         frm="Jo Fairbrother <leschambresdestilleuls@gmail.com>",
         intent="other",
         note="Invoice passed to their accountant; no payment commitment.",
         body="""Hello,

Since the new year all the invoices for our chambres d'hôtes business are handled by our accountant in Bergerac, Cabinet Delmas. I've forwarded your email to him.

Kind regards
Jo Fairbrother
Les Tilleuls, Sigoulès"""),

    dict(id="s10ena050", country="US", date="2027-01-27T09:05", fmt="html_gmail", stage="reminder", ago=9,
         inv="CH-4524", amt="1,480.00", due="2027-01-10",
         frm="Greg Olander <greg.olander@fairwayridgehoa.org>",
         intent="promise",
         note="Approved by the board; check to go out in the management company's next batch, 'early February': a window, no date.",
         body="""Hi there,

The board reviewed your invoice at last night's meeting and approved it (the pruning along the Pine Hollow entrance looks great, by the way). Our management company cuts checks twice a month, so it'll go out in their next batch - should be early February.

Thanks for your patience,
Greg Olander
President, Fairway Ridge HOA"""),
]
