"""Part en_a: handwritten debtor replies (English). Creditors: Ashcombe Electrical Services Ltd (GB),
Bright Harbor Signs LLC (US), Quercy Maison Services SARL (FR, English-speaking customers)."""

CASES = []

# ---- batch 1 ----
CASES += [
    dict(id="s7ena001", country="GB", date="2026-12-08T23:14", fmt="apple", stage="second_reminder", ago=1,
         inv="AES-10377", amt="486.00", due="2026-11-13",
         frm="Gaz Whitlock <gary.whitlock73@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Pub landlord will pay 'friday' = Friday 11 December.",
         body="""sorry been flat out with xmas parties, didnt even see the first one. ill do it friday when the takings go in

Gaz
The Plough

Sent from my iPhone"""),

    dict(id="s7ena002", country="GB", date="2026-12-09T10:22", fmt="html_outlook", stage="reminder", ago=2,
         inv="AES-10391", amt="1,742.40", due="2026-11-27",
         frm="WVFT Accounts Payable <accounts.payable@wvft.nhs.uk>",
         intent="copy_request",
         note="NHS trust needs the invoice re-issued quoting a valid PO number before it can pay; the scanning mailbox is where to send the corrected invoice, not a change of contact for reminders.",
         body="""Good morning,

Thank you for your email.

We have checked our system and we hold no record of invoice AES-10391. The Trust operates a strict No PO, No Pay policy and all invoices must quote a valid official purchase order number (10 digits, starting 4500) to be processed.

Please could you obtain the PO number from the person who ordered the works (the requisitioner) and re-submit a copy of the invoice quoting it to our invoice scanning mailbox: wvft.invoices@nhs.net. Invoices sent to this mailbox are not processed.

Once we receive a valid invoice it will be paid in line with our 30 day payment terms.

Kind regards

Helen Marsh
Accounts Payable Officer
Finance Department | Wessex Vale NHS Foundation Trust
Tel: 01225 824 610 (ext. 4610)

Please note the Finance Department will be closed from 24 December to 28 December inclusive.

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender immediately and delete it. Any views expressed are those of the author and do not necessarily represent those of Wessex Vale NHS Foundation Trust."""),

    dict(id="s7ena003", country="US", date="2026-12-10T14:52", fmt="gmail", stage="second_reminder", ago=3,
         inv="BHS-2291", amt="2,350.00", due="2026-11-06",
         frm="Tony Marchetti <tony@marchettisportland.com>",
         intent="paid", paid_on="2026-12-10",
         note="'Just paid this through the link' on the day of the reply.",
         body="""Hi there,

Just paid this through the link in your email, should show up on your end. Confirmation number came up as PX-88213-Q if you need it.

Sorry for the delay, my bookkeeper quit in November and things have been a mess around here.

Tony Marchetti
Marchetti's Trattoria
(207) 555-0198"""),

    dict(id="s7ena004", country="GB", date="2026-12-11T19:40", fmt="gmail", stage="reminder", ago=4,
         inv="AES-10388", amt="695.00", due="2026-12-03",
         frm="Claire Donnelly <claire.donnelly@btinternet.com>",
         intent="dispute",
         note="Household refuses to pay until the faulty consumer unit work is put right.",
         body="""Hello,

I'm not going to pay this until the problem is sorted out. Since your electrician replaced our fuse board on 19 November the kitchen circuit has tripped at least six times, usually when the kettle and the washing machine are both on. I rang the office on the 26th and again last Tuesday and was told someone would call me back. Nobody has.

I have a two year old and we've been without the fridge for hours at a time. I'm happy to pay for work that's been done properly but at the moment I'm not convinced it has been.

Please can someone come out and look at it, and then we can talk about the invoice.

Claire Donnelly
07700 914 382"""),

    dict(id="s7ena005", country="FR", loc="GB", date="2026-12-14T18:05", fmt="apple", stage="second_reminder", ago=4,
         inv="QMS-2026-0288", amt="1 140,00", due="2026-11-20",
         frm="Richard Hollings <richard.hollings@btinternet.com>",
         intent="promise", promise_date="2027-01-05",
         note="British second-home owner will transfer on Tuesday 5th January.",
         body="""Dear Sophie,

Apologies - this one slipped through the net. We've been having trouble moving money out of the UK account since the bank put a new limit on international transfers, and I need to go into the branch in person to have it lifted.

I'll make the transfer for the pool closing and the hedge cutting (QMS-2026-0288, €1,140) on Tuesday 5th January, once we're back from my daughter's. You should have it within a day or two of that.

Happy Christmas to you and Laurent.

Best wishes,
Richard

Richard & Sue Hollings
Le Pech Haut, 46300 Payrignac"""),

    dict(id="s7ena006", country="GB", date="2026-12-21T09:03", fmt="ooo", stage="reminder", ago=0,
         inv="AES-10405", amt="312.00", due="2026-12-11",
         frm="St Aldhelm's C of E Primary School <office@st-aldhelms.somerset.sch.uk>",
         intent="out_of_office", return_date="2027-01-05",
         note="School closed for Christmas; office reopens Tuesday 5th January 2027.",
         body="""Thank you for your email.

The school is now closed for the Christmas holidays. The office will reopen on Tuesday 5th January 2027, when pupils return for the spring term.

This mailbox is not monitored during the school holidays. If your enquiry is about a safeguarding concern, please contact the Local Authority's Children's Services duty line.

With best wishes for Christmas and the New Year,

St Aldhelm's C of E Primary School"""),

    dict(id="s7ena007", country="GB", date="2026-12-10T07:35", fmt="gmail", stage="final_notice", ago=2,
         inv="AES-10299", amt="1,180.00", due="2026-10-23",
         frm="Lee Parfitt <leeparfittbuilding@gmail.com>",
         intent="plan_request",
         note="Builder asks to pay 'a couple of hundred a month'; no start date committed.",
         body="""Hi

Sorry for not getting back sooner. Honestly things are tight at the minute, the big extension job I had in Trowbridge fell through and the client still owes me nearly 8 grand himself. I know thats not your problem.

Is there any chance I could pay this off in bits rather then all at once? Say a couple of hundred a month till its cleared. I dont want it going to a debt collector, ive always paid you lot before.

Cheers
Lee

Parfitt Building & Renovation
07831 552 071"""),

    dict(id="s7ena008", country="GB", date="2026-12-14T11:48", fmt="outlook", stage="reminder", ago=4,
         inv="AES-10356", amt="2,016.00", due="2026-11-30",
         frm="Exchequer Services <exchequer@selwood.gov.uk>",
         intent="paid", paid_on="2026-12-10",
         note="Council paid by BACS in its run of 10/12/2026.",
         body="""Dear Supplier,

Thank you for your email regarding invoice AES-10356.

I can confirm that this invoice was paid by BACS in our payment run of 10/12/2026 under remittance number 2026-R-118432, for the full amount of £2,016.00. Please allow 3 working days for the funds to reach your account.

A remittance advice will have been sent to the email address held on our supplier record. If you have not received it, please let us know and we will arrange for it to be re-sent.

Yours sincerely

Pat Greening
Exchequer Services Team
Selwood Council
Council Offices, Market Street, Shepton Vale BA4 5XX
Tel: 0300 555 0192

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender. Selwood Council may monitor email traffic data and the content of email."""),

    dict(id="s7ena009", country="GB", date="2026-12-09T12:31", fmt="html_gmail", stage="reminder", ago=1,
         inv="AES-10395", amt="180.00", due="2026-12-04",
         frm="Jess Taylor <jess.taylor@kingsmeadlettings.co.uk>",
         intent="contact_change", new_email="accounts@kingsmeadlettings.co.uk",
         note="Negotiator asks that this and future invoices go to the accounts team address.",
         body="""Hi,

I'm a lettings negotiator so I don't deal with invoices I'm afraid - I think your system has picked up my email from when I booked the EICR for Flat 3, 22 Catherine Street.

Could you please send this and anything else to our accounts team at accounts@kingsmeadlettings.co.uk instead? They look after all contractor payments.

Thanks,
Jess

Jess Taylor | Lettings Negotiator
Kingsmead Lettings
01225 448 217 | www.kingsmeadlettings.co.uk

Kingsmead Lettings is a trading name of Kingsmead Property Ltd. Registered in England No. 10338214."""),

    dict(id="s7ena010", country="GB", date="2026-12-10T16:20", fmt="outlook", stage="firm", ago=2,
         inv="AES-10364", amt="864.00", due="2026-11-19",
         frm="Margaret Ellery <treasurer@nunneyroadhall.org.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Charity treasurer will pay by transfer on Friday 18th December after trustee approval on the 16th; side request to waive late charges.",
         body="""Dear Sir or Madam,

Thank you for your reminder regarding invoice AES-10364 for the emergency lighting work at the hall, and please accept my apologies for the delay.

As a registered charity, all payments over £500 have to be approved by two trustees, and unfortunately our November committee meeting was cancelled owing to illness. The invoice will be put before the trustees at our meeting on Wednesday 16th December, and I will make the payment by bank transfer on Friday 18th December, as soon as the second signatory has authorised it online.

I would be grateful if you could hold off on any late payment charges in the circumstances. We have been very pleased with the work.

Yours faithfully,

Margaret Ellery
Hon. Treasurer
Nunney Road Community Hall
Registered Charity No. 1047735"""),
]

# ---- batch 2 ----
CASES += [
    dict(id="s7ena011", country="US", date="2026-12-23T09:41", fmt="ooo", stage="reminder", ago=0,
         inv="BHS-2317", amt="640.00", due="2026-12-15",
         frm="Diane Kowalski <dkowalski@cascobaydental.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Away through Friday, January 1; back Monday, January 4.",
         body="""Thank you for your message. I am out of the office for the holidays through Friday, January 1, with limited access to email. I will be back in the office on Monday, January 4.

For billing questions in the meantime, please call our front desk at (207) 555-0176.

Happy Holidays!

Diane Kowalski
Office Manager, Casco Bay Family Dental"""),

    dict(id="s7ena012", country="GB", date="2026-12-16T20:10", fmt="tb", stage="repeat", ago=2,
         inv="AES-10341", amt="420.00", due="2026-11-12",
         frm="Brian Oakes <b.oakes@talktalk.net>",
         intent="unsubscribe",
         note="Asks to stop the automated emails; says settlement already agreed by phone but gives no date or payment.",
         body="""Please stop sending me these automated emails. I have had three in a fortnight.

I spoke to Gary on the phone on Monday and we have agreed between us how this is going to be settled. I don't need a computer chasing me as well. If you need to contact me, write to the address on the invoice or ring me.

B. Oakes"""),

    dict(id="s7ena013", country="GB", date="2026-12-15T17:25", fmt="gmail", stage="second_reminder", ago=1,
         inv="AES-10372", amt="742.00", due="2026-11-25",
         frm="Kerry Ashman <kerry@ashmanhair.co.uk>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment of £300 transferred today; the balance only 'as soon as I can', so no dated promise.",
         body="""Hi,

I've just transferred £300 from the salon account towards invoice AES-10372, ref ASHMAN HAIR. Really sorry I can't do the full £742 right now, December has been dead quiet with everyone tightening their belts. I'll get the rest to you as soon as I can.

Kerry
Ashman Hair, 6 Cheap Street"""),

    dict(id="s7ena014", country="US", date="2026-12-08T12:15", fmt="html_outlook", stage="reminder", ago=1,
         inv="BHS-2304", amt="1,875.00", due="2026-12-01",
         frm="Anita Raman <araman@harborviewortho.com>",
         intent="dispute",
         note="Refuses to pay until the misspelled window lettering is corrected.",
         body="""Hello,

We will not be paying invoice BHS-2304 until the sign is corrected. The lettering on our front window reads "HARBORVIEW ORTHODONTCS" - the I is missing. I sent your installer a photo the same afternoon (11/30) and he said he would pass it along, but we have heard nothing since.

The proof we approved on 11/12 was spelled correctly, so this is not our error. We need this fixed before the holidays since we have patients coming in every day and it is frankly embarrassing.

Please have someone call me to schedule the fix. Once it's done we'll pay the invoice in full.

Anita Raman, DMD
Harborview Orthodontics
1450 Forest Ave, Portland, ME 04103
(207) 555-0122"""),

    dict(id="s7ena015", country="GB", date="2026-12-14T14:05", fmt="html_outlook", stage="reminder", ago=3,
         inv="AES-10383", amt="1,296.00", due="2026-12-04",
         frm="Sandra Pike <finance@kingsdownacademy.org.uk>",
         intent="bank_details",
         note="School received a suspected fraudulent change-of-bank-details email and wants the firm to confirm its details by phone before paying.",
         body="""Good afternoon,

Before we release payment for AES-10383 I need to check something with you. On Friday we received an email, apparently from your accounts team, saying that Ashcombe Electrical has changed banks and asking us to update your details to an account with Starling Bank. The sender's address was slightly different from yours (ashcombe-electric.co.uk, without the "al").

We have been warned about this kind of fraud, so we have not changed anything on our system. Could you confirm by phone whether your bank details have actually changed? I would rather not rely on email for this. My direct line is 01373 455 209.

Kind regards,

Sandra Pike
School Business Manager
Kingsdown Academy

Kingsdown Academy is part of the Mendip Learning Trust, a charitable company limited by guarantee registered in England and Wales, company number 07964221."""),

    dict(id="s7ena016", country="GB", date="2026-12-17T12:02", fmt="outlook", stage="second_reminder", ago=2,
         inv="AES-10352", amt="225.00", due="2026-11-20",
         frm="Dave Rendell <daverendell@outlook.com>",
         intent="promise", promise_date="2026-12-21",
         note="'Will pay Monday' written on Thursday 17 December = Monday 21 December.",
         body="""Will pay Monday.

Dave"""),

    dict(id="s7ena017", country="GB", date="2026-12-15T10:14", fmt="gmail", fwd=True, stage="second_reminder", ago=1,
         inv="AES-10369", amt="358.80", due="2026-11-24",
         frm="Becky Lane <reception@thewheatsheafhotel.co.uk>",
         intent="promise", promise_date="2026-12-22",
         note="Receptionist forwards the manager's instruction: paid in the supplier run on the 22nd (December).",
         body="""Hi there,

Please see Mark's reply below - he's asked me to let you know that this will be going out with the rest of the supplier payments on the 22nd.

Thanks,
Becky
Reception / Admin
The Wheatsheaf Hotel

---------- Forwarded message ---------
From: Mark Aldous <mark@thewheatsheafhotel.co.uk>
Date: Tue, 15 Dec 2026 at 08:47
Subject: Re: Second reminder: invoice AES-10369 overdue
To: Becky Lane <reception@thewheatsheafhotel.co.uk>

Yes that's fine, it's the fire alarm callout from October. Put it in the 22nd run with the others and let them know please.

M"""),

    dict(id="s7ena018", country="FR", loc="GB", date="2026-12-14T09:40", fmt="gmail", stage="reminder", ago=5,
         fresh=True, subj="Invoice QMS-2026-0291 - payment sent",
         inv="QMS-2026-0291", amt="385,00", due="2026-11-30",
         frm="Jenny Marsh-Cooper <jennymc64@gmail.com>",
         intent="paid", paid_on="2026-12-10",
         note="Paid via Wise on 'Thursday 10th' = 10 December.",
         body="""Bonjour Sophie,

Just to let you know we paid your invoice QMS-2026-0291 (the October garden visits) from our UK account using Wise on Thursday 10th, with the invoice number as the reference. Wise shows it as delivered, so it should be with you by now or very soon. I've attached the confirmation in case it helps.

Sorry it was a few days late, we were waiting for the money from the autumn lets to come through.

Merci et bonne fin d'année,
Jenny"""),

    dict(id="s7ena019", country="GB", date="2026-12-18T08:15", fmt="apple", stage="reminder", ago=3,
         inv="AES-10398", amt="540.00", due="2026-12-10",
         frm="Nick Fairbrother <nick@fairbrotherjoinery.co.uk>",
         intent="other",
         note="Passed to his bookkeeper; no payment statement and no request to change the contact address.",
         body="""Morning,

I've passed this on to Jan who does my books, she handles all the payments now. She's only in on Wednesdays so bear with us.

Nick

Fairbrother Joinery
07974 316 520"""),

    dict(id="s7ena020", country="GB", date="2026-12-09T09:04", fmt="bounce", stage="reminder",
         inv="AES-10410", amt="96.00", due="2026-12-01",
         rcpt="accounts@crowninnbatcombe.co.uk", status="5.1.10",
         remote="crowninnbatcombe-co-uk.mail.protection.outlook.com",
         diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts@crowninnbatcombe.co.uk not found by SMTP address lookup",
         intent="bounce",
         note="Permanent delivery failure: recipient address not found.",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

    accounts@crowninnbatcombe.co.uk

Reason: the recipient's mail server reported that the address does not exist."""),
]

# ---- batch 3 ----
CASES += [
    dict(id="s7ena021", country="US", date="2026-12-21T10:30", fmt="tb", stage="second_reminder", ago=3,
         inv="BHS-2280", amt="918.50", due="2026-11-20",
         frm="Gail Pierce <gpierce@pinepointhardware.com>",
         intent="paid", paid_on="2026-12-18",
         note="Check mailed on 12/18 (month-first).",
         body="""Hi,

Check #4417 for $918.50 was mailed to your Commercial St address on 12/18. It should be there any day now, the mail has been slow with the holidays.

Let me know if it hasn't shown up by the end of next week and I'll put a stop on it and send another.

Thanks,
Gail Pierce
Accounts Payable
Pine Point Hardware & Supply
Scarborough, ME
(207) 555-0184"""),

    dict(id="s7ena022", country="GB", date="2026-12-16T15:12", fmt="html_outlook", stage="reminder", ago=2,
         inv="AES-10386", amt="1,050.00", due="2026-12-06",
         frm="Accounts - Orchard House Care <accounts@orchardhousecare.co.uk>",
         intent="promise", promise_date="2027-01-08",
         note="Scheduled for the supplier run on Friday 8th January 2027 (future payment).",
         body="""Dear Ashcombe Electrical,

Thank you for your email.

I can confirm that invoice AES-10386 has been approved and scheduled for payment in our next supplier payment run, which is on Friday 8th January 2027. Unfortunately our December run had already gone through, which is why it missed this month.

If you have any queries please don't hesitate to contact me.

Kind regards,

Rachel Goodwin
Accounts Assistant
Orchard House Care Group
Tel: 01761 412 530

Orchard House Care Group Ltd. Registered office: 4 Station Road, Radstock BA3 3AA. Registered in England and Wales No. 05519283. This message is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify the sender."""),

    dict(id="s7ena023", country="GB", date="2026-12-21T09:07", fmt="ooo", stage="second_reminder", ago=0,
         inv="AES-10408", amt="3,480.00", due="2026-12-09",
         frm="Omar Siddiqui <omar.siddiqui2@nhs.net>",
         intent="out_of_office", return_date="2027-01-04",
         note="Annual leave from 18 December; returns Monday 4th January 2027.",
         body="""Thank you for your email. I am on annual leave from Friday 18th December and will return on Monday 4th January 2027.

During this time my emails will not be read or forwarded. For urgent Estates matters please contact the Estates Helpdesk on 01225 824 199.

Omar Siddiqui
Estates Project Officer
Wessex Vale NHS Foundation Trust"""),

    dict(id="s7ena024", country="GB", date="2026-12-22T11:02", fmt="outlook", stage="second_reminder", ago=1,
         inv="AES-10379", amt="318.00", due="2026-11-27",
         frm="Tom Bradley <pm@westgatelettings.co.uk>",
         intent="dispute",
         note="Letting agent contests unauthorised remedial works on top of the quoted EICR; will pay only a revised invoice.",
         body="""Hi,

We've received your reminder for AES-10379 but we won't be paying it in its current form.

The EICR for 14 Mill Lane was quoted at £180 + VAT and approved by the landlord on that basis. The invoice is for £318.00 because it includes £85 + VAT of "remedial works" (two sockets and a light fitting replaced). Nobody at this office authorised any remedial work and the landlord, Mr Hussain, says he wasn't asked either. Our contractor terms are clear that anything over the quote needs our written approval first.

Please send a revised invoice for the EICR only (£216.00 inc VAT) and we'll get it paid. If you want to discuss the extra works, send a separate quote and I'll put it to the landlord.

Regards,

Tom Bradley
Property Manager
Westgate Lettings & Management
01373 300 418"""),

    dict(id="s7ena025", country="GB", date="2026-12-29T14:30", fmt="apple", stage="final_notice", ago=7,
         inv="AES-10322", amt="1,364.00", due="2026-11-06",
         frm="Pauline Sheppard <paulinesheppard42@aol.com>",
         intent="plan_request",
         note="Widow asks to pay in monthly amounts (perhaps £150); no start date committed.",
         body="""Dear Sirs,

I am writing about the invoice for the work on the storage heaters at 3 Orchard Close. My husband Derek arranged this with your electrician in October and I am afraid he passed away at the beginning of November, so I have only just started going through his post and emails.

I do want to pay what is owed, but until the bank has sorted out probate I only have my own pension to live on. Would it be possible to pay the £1,364 in monthly amounts? I could manage something each month, perhaps £150, if that would be acceptable to you.

I would be grateful if you could let me know. I am not very good with email so a telephone call would be best, my number is 01373 812 447.

Yours faithfully,

Pauline Sheppard

Sent from my iPad"""),

    dict(id="s7ena026", country="GB", date="2026-12-12T13:50", fmt="gmail", stage="reminder", ago=3,
         inv="AES-10380", amt="265.00", due="2026-12-02",
         frm="The Bell at Mells <thebellmells@gmail.com>",
         intent="copy_request",
         note="New tenants of the pub ask for a copy of the invoice before deciding who pays.",
         body="""Hi, can you send us a copy of this invoice please, with what the work actually was? We took over the pub from Steve and Linda on the 1st of December and we can't find it anywhere. If it's for work done before then it'll need to go to them not us, but I need to see it first.

Thanks
Amy (new landlady!)"""),

    dict(id="s7ena027", country="US", date="2027-01-11T16:05", fmt="outlook", stage="second_reminder", ago=4,
         inv="BHS-2322", amt="1,240.00", due="2026-12-18",
         frm="Kevin O'Rourke <kevin@orourkeplumbingme.com>",
         intent="promise", promise_date="2027-01-15",
         note="'Friday 1/15' (month-first).",
         body="""Hi Danielle,

Got your reminder. We're still catching up after the holiday shutdown. I'll have it paid Friday 1/15 along with our other vendors.

Thanks for the patience.

Kevin O'Rourke
O'Rourke Plumbing & Heating
Westbrook, ME
Cell (207) 555-0161"""),

    dict(id="s7ena028", country="GB", date="2027-01-06T10:48", fmt="html_gmail", stage="firm", ago=2,
         inv=[("AES-10344", "1,420.00", "2026-11-18"), ("AES-10367", "1,186.00", "2026-12-02"), ("AES-10392", "706.50", "2026-12-11")],
         frm="Julie Harker <office@smithharker.co.uk>",
         intent="paid", paid_on="2027-01-05",
         note="All three invoices paid 'yesterday' in one payment; asks for correct allocation.",
         body="""Hi,

All three of these were paid yesterday in one payment of £3,312.50, our reference SMITHHARKER JAN. Breakdown:

AES-10344 - £1,420.00
AES-10367 - £1,186.00
AES-10392 - £706.50

Can you make sure it's allocated against the right ones please, last time it went against the wrong job and we got chased for one we'd already paid.

Happy new year,
Julie
Office Manager
Smith & Harker Builders Ltd
01749 670 225"""),

    dict(id="s7ena029", country="GB", date="2026-12-10T09:55", fmt="gmail", stage="second_reminder", ago=2,
         inv="AES-10358", amt="2,640.00", due="2026-11-20",
         frm="Paul Dempsey <paul@dempseyinteriors.co.uk>",
         intent="other",
         note="Company in creditors' voluntary liquidation; claim must go to the liquidators.",
         body="""Hello,

I'm sorry to tell you that Dempsey Interiors Ltd went into creditors' voluntary liquidation on 4 December. I'm no longer able to make any payments on behalf of the company.

The liquidators are Hallam Wright Insolvency Practitioners in Bristol and they will be writing to all creditors. Your invoice will need to be submitted to them as a claim - the case manager is Sarah Whitcombe, 0117 496 0832.

I'm genuinely sorry. You did good work for us over the years.

Paul Dempsey"""),

    dict(id="s7ena030", country="FR", loc="GB", date="2026-12-18T10:06", fmt="ooo", stage="reminder", ago=0,
         inv="QMS-2026-0302", amt="2 460,00", due="2026-12-10",
         frm="Alistair Grant <alistair.grant@fenwickpartners.co.uk>",
         intent="out_of_office", return_date="2027-01-11",
         note="Work auto-reply of a British house owner: back Monday 11th January.",
         body="""Thank you for your email. I am away from the office over the Christmas period and will be back on Monday 11th January. I will have only intermittent access to email.

For urgent matters please contact my assistant, Priya Shah, on +44 20 7946 0318.

Alistair Grant
Partner
Fenwick Partners LLP"""),
]

# ---- batch 4 ----
CASES += [
    dict(id="s7ena031", country="GB", date="2026-12-17T11:20", fmt="outlook", stage="second_reminder", ago=2,
         inv="AES-10376", amt="148.80", due="2026-11-26",
         frm="Linda Crewe <frome.shop@stjulianshospice.org.uk>",
         intent="promise",
         note="Head office will pay in the first run after the holidays: a promise with no single date.",
         body="""Hello,

Thank you for the reminder. Invoices for the shops are paid by our head office finance team, and they've closed the ledger for December now. I've sent it over to them and they've confirmed it will be paid in the first payment run after the holidays.

Apologies for the delay, and thank you for coming out so quickly when the lights went in the stockroom.

Best wishes,
Linda Crewe
Shop Manager, St Julian's Hospice Shop, Frome

St Julian's Hospice is a registered charity, no. 1112904"""),

    dict(id="s7ena032", country="US", date="2026-12-09T21:47", fmt="apple", stage="reminder", ago=1,
         inv="BHS-2310", amt="485.00", due="2026-11-30",
         frm="Marcus Bell <marcusbellfitness@gmail.com>",
         intent="promise",
         note="'next week' is a window, no single date.",
         body="""hey sorry about that, been slammed. ill get it paid next week for sure

Marcus
Bell Strength & Conditioning

Sent from my iPhone"""),

    dict(id="s7ena033", country="GB", date="2027-01-04T20:12", fmt="html_gmail", stage="reminder", ago=4,
         inv="AES-10418", amt="210.00", due="2026-12-23",
         frm="Hannah Price <hannahprice.designs@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Just paid by card through the link.",
         body="""Hi,

Just paid this by card through the link - I got a receipt on screen (ref 7H2K-91QP) but no confirmation email yet, so just letting you know in case it doesn't come through your end.

Thanks again to Rob for sorting the garden lights so fast!

Hannah"""),

    dict(id="s7ena034", country="GB", date="2026-12-18T22:31", fmt="gmail", stage="final_notice", ago=3,
         inv="AES-10348", amt="1,560.00", due="2026-11-16",
         frm="Steve Gorman <steve@theredlionwanstrow.co.uk>",
         intent="dispute",
         note="Angry publican refuses to pay until the unfinished emergency lighting job is completed; 'stop sending these emails' is secondary.",
         body="""You have got to be joking. Your bloke left the job half finished, the emergency lights in the cellar STILL dont work and the fire officer is coming back in January. Ive rung your office 4 times.

Not paying a penny of this until its finished properly. Send someone out who knows what there doing and stop sending me these stupid emails.

Steve Gorman
Red Lion"""),

    dict(id="s7ena035", country="GB", date="2027-01-13T08:22", fmt="outlook", stage="repeat", ago=1,
         inv="AES-10361", amt="132.00", due="2026-11-23",
         frm="M Cotterell <mcotterell58@hotmail.co.uk>",
         intent="unsubscribe",
         note="One-word request to stop the emails.",
         body="""Unsubscribe please.

Get Outlook for Android"""),

    dict(id="s7ena036", country="GB", date="2026-12-08T18:44", fmt="tb", stage="reminder", ago=1,
         inv="AES-10397", amt="375.00", due="2026-12-04",
         frm="Ian Whitford <ian.whitford@sky.com>",
         intent="bank_details",
         note="Asks for the firm's sort code, account number and account name to pay by transfer; no commitment to a time.",
         body="""Hello

I'd like to pay this by bank transfer rather than through the link, I'm not keen on putting my card details into websites. The invoice doesn't seem to have your sort code and account number on it. Could you send them over?

Also is the account name Ashcombe Electrical Services Ltd? My bank does that name checking thing now.

Ian Whitford"""),

    dict(id="s7ena037", country="GB", date="2026-12-22T15:18", fmt="apple", stage="second_reminder", ago=1,
         inv="AES-10389", amt="164.00", due="2026-12-01",
         frm="Chantelle Moss <chantellemoss93@icloud.com>",
         intent="promise", promise_date="2026-12-31",
         note="Will pay on New Year's Eve = 31 December 2026.",
         body="""hiya sorry i know its late, im at my mums in wales till after xmas with no signal half the time. ill pay it new years eve when im back and been paid x

Sent from my iPhone"""),

    dict(id="s7ena038", country="US", date="2027-01-07T13:25", fmt="html_gmail", stage="firm", ago=3,
         inv="BHS-2299", amt="2,980.00", due="2026-12-04",
         frm="Rachel Dunning <rdunning@cascoartscollective.org>",
         intent="plan_request",
         note="Nonprofit asks to split the invoice into three or four monthly payments; no date committed.",
         body="""Hello Danielle,

Thank you for the reminder about the banner and lobby signage invoice. I want to be upfront with you: our operating budget is very tight this quarter, and our next grant disbursement from the state arts commission isn't expected until sometime in the spring.

Would Bright Harbor be open to us splitting the $2,980 into three or four monthly payments? We could start with a smaller amount right away. I'm happy to jump on a call to work out the details.

We really appreciated the work, and the new signage has already made a difference for our winter shows.

Warm regards,
Rachel Dunning
Executive Director
Casco Arts Collective | 501(c)(3) nonprofit
(207) 555-0115"""),

    dict(id="s7ena039", country="GB", date="2027-01-05T10:15", fmt="outlook", stage="repeat", ago=1,
         inv="AES-10391", amt="1,742.40", due="2026-11-27",
         frm="WVFT Accounts Payable <accounts.payable@wvft.nhs.uk>",
         intent="paid", paid_on="2026-12-23",
         note="NHS AP confirms BACS payment on 23/12/2026 after the PO was supplied.",
         body="""Good morning,

Thank you for your email.

Our records show that invoice AES-10391 (PO 4500218834) was paid on 23/12/2026 by BACS, payment reference 0004418273. The full amount of £1,742.40 was released in that run.

If this has not been received, please reply with a copy of your bank statement for the period and we will investigate with our bank.

Kind regards

Accounts Payable Team
Finance Department | Wessex Vale NHS Foundation Trust

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender immediately and delete it. Any views expressed are those of the author and do not necessarily represent those of Wessex Vale NHS Foundation Trust."""),

    dict(id="s7ena040", country="GB", date="2027-01-12T09:48", fmt="html_outlook", stage="reminder", ago=5,
         inv="AES-10404", amt="486.00", due="2026-12-18",
         frm="Gemma Ruddock <office@stannesprimary-frome.org.uk>",
         cc="Trust Finance <finance@selwoodschools.org.uk>",
         intent="contact_change", new_email="finance@selwoodschools.org.uk",
         note="School joined a trust; invoices and reminders must now go to the trust finance address.",
         body="""Dear Sir/Madam,

Please note that from 1st January 2027 St Anne's Primary School has joined the Selwood Schools Partnership Trust, and all supplier invoices are now processed centrally by the Trust's finance team.

Could you please update your records and send this invoice, and any future invoices or reminders, to finance@selwoodschools.org.uk? I've copied them in on this email.

Many thanks,

Gemma Ruddock
School Office Manager
St Anne's C of E Primary School"""),
]

# ---- batch 5 ----
CASES += [
    dict(id="s7ena041", country="GB", date="2027-01-07T17:40", fmt="outlook", stage="firm", ago=3,
         inv="AES-10393", amt="874.00", due="2026-12-14",
         frm="Sunil Mehta <sunil@mehtapharmacy.co.uk>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay 'on the 15th' (January); 'around the 12th' is when his own income arrives.",
         body="""Hi,

Apologies, this got caught up in the Christmas rush. Our NHS payments come in around the 12th, so I'll pay you on the 15th once they've cleared.

Regards
Sunil Mehta
Mehta Pharmacy, 21 Bath Street
Tel 01373 463 551"""),

    dict(id="s7ena042", country="GB", date="2026-12-24T09:15", fmt="ooo", stage="reminder", ago=0,
         inv="AES-10413", amt="2,208.00", due="2026-12-17",
         frm="Karen Dyer <karen.dyer@selwood.gov.uk>",
         intent="out_of_office", return_date="2027-01-06",
         note="Council officer returns Wednesday 6th January 2027; office closure dates are not the return date.",
         body="""Thank you for your email. I am currently out of the office and will be returning on Wednesday 6th January 2027.

Please note the Council offices are closed from 24th December to 1st January inclusive.

For urgent accounts payable queries, please email exchequer@selwood.gov.uk or call 0300 555 0192.

Karen Dyer
Purchase Ledger Officer
Selwood Council"""),

    dict(id="s7ena043", country="US", date="2027-01-12T14:22", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="BHS-2326", amt="3,615.00", due="2026-12-22",
         frm="Brenda Caldwell <ap@northstarmgmt.com>",
         intent="paid", paid_on="2027-01-08",
         note="ACH issued on January 8.",
         body="""Good afternoon,

Please be advised that payment for invoice BHS-2326 in the amount of $3,615.00 was issued via ACH on January 8 and should post to your account within 1-2 business days. The remittance detail was sent to billing@brightharborsigns.com the same day.

Please let us know if you have any questions.

Thank you,

Brenda Caldwell
Accounts Payable Specialist
Northstar Property Management, Inc.
75 Market St, Suite 400, Portland, ME 04101
P: (207) 555-0137 | F: (207) 555-0138

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s7ena044", country="US", date="2026-12-14T11:05", fmt="gmail", stage="reminder", ago=3,
         inv="BHS-2312", amt="1,490.00", due="2026-12-04",
         frm="Jim Thibodeau <jim@thibodeaumarine.com>",
         intent="other",
         note="Questions about sales tax and vendor identity before paying; no commitment, no document requested.",
         body="""Hi Danielle,

Quick question before I pay this one - my accountant wants to know if Maine sales tax is included in the $1,490 or added on top. The invoice just shows one total. Also, are you the same company that did our truck lettering back in 2024? We've got two vendors called Bright Harbor on file and she's trying to clean it up.

Thanks,
Jim
Thibodeau Marine Services"""),

    dict(id="s7ena045", country="GB", date="2027-01-14T15:30", fmt="html_outlook", stage="reminder", ago=2,
         inv="AES-10415", amt="1,980.00", due="2027-01-08",
         frm="Nadia Khan <purchaseledger@hartleyhousing.org.uk>",
         intent="dispute",
         note="Contests the invoice as a duplicate of AES-10399 (which it says was paid on 18/12); asks for a credit note.",
         body="""Hello,

We believe AES-10415 is a duplicate of invoice AES-10399. Both are for the same job (void property rewire, 7 Elm Grove, our job ref HH-22761) and for the same amount. AES-10399 was paid on 18/12/2026.

Please can you check and issue a credit note to cancel AES-10415. We have put it on hold in the meantime.

Kind regards,

Nadia Khan
Purchase Ledger Assistant
Hartley Housing Association
Registered Society No. 30127R | Regulator of Social Housing No. L4472"""),

    dict(id="s7ena046", country="GB", date="2027-01-19T10:40", fmt="outlook", stage="repeat", ago=1,
         inv=[("AES-10384", "642.00", "2026-12-07"), ("AES-10411", "1,118.40", "2026-12-21")],
         frm="Laura Penhaligon <accounts@mendipleisure.org.uk>",
         intent="copy_request",
         note="Asks for a full statement of account to reconcile before paying.",
         body="""Hi,

We've had several reminders from you this month and I'm struggling to reconcile them with our ledger. We show AES-10384 as the only open invoice, but your emails mention others.

Could you please send us a full statement of account showing all invoices, credit notes and payments since September? Once I have that I can match everything up and get whatever is outstanding paid.

Thanks,
Laura Penhaligon
Finance Officer
Mendip Leisure Trust"""),

    dict(id="s7ena047", country="GB", date="2026-12-16T12:45", fmt="gmail", stage="firm", ago=2,
         inv="AES-10363", amt="455.00", due="2026-11-18",
         frm="Tom Penrose <tom@penroselandscapes.co.uk>",
         intent="promise",
         note="Will pay in the first couple of weeks of January: a window, no single date.",
         body="""Hi Gary,

Sorry mate, I know this is overdue. Cash flow's tight before Christmas with the lads' wages and hardly any work on. I'll get it paid early in the new year, first couple of weeks of January at the latest.

Cheers,
Tom
Penrose Landscapes
07887 204 318"""),

    dict(id="s7ena048", country="FR", loc="GB", date="2027-01-20T16:45", fmt="outlook", stage="second_reminder", ago=5,
         inv="QMS-2026-0319", amt="640,00", due="2026-12-18",
         frm="Colin Beale <colin.beale@outlook.com>",
         intent="promise", promise_date="2027-01-31",
         note="Will transfer 'at the end of the month' = 31 January.",
         body="""Dear Sophie,

Thank you for your message and sorry for the slow reply, we've had family staying since before Christmas.

The invoice for the winter gardening and the gutters is fine. We'll transfer the €640 at the end of the month, when my pension is paid into the French account.

With best wishes for 2027,
Colin Beale
Maison Les Tilleuls, Saint-Cirq-Madelon"""),

    dict(id="s7ena049", country="US", date="2027-01-20T10:12", fmt="apple", stage="reminder", ago=0,
         inv="BHS-2331", amt="725.00", due="2027-01-08",
         frm="Sarah Lindqvist <sarah@saltwaterbakeshop.com>",
         intent="paid", paid_on="2027-01-19",
         note="Paid by Amex over the phone 'yesterday'.",
         body="""Hi Danielle,

I called yesterday and paid this over the phone with my Amex - I spoke to Karen and she said she'd mark it as paid. Just want to make sure it went through, since I got this email this morning.

Sarah
Saltwater Bake Shop"""),

    dict(id="s7ena050", country="GB", date="2027-01-26T19:30", fmt="tb", stage="heads_up", ago=2,
         inv="AES-10421", amt="330.00", due="2027-02-05",
         frm="Rob Finch <rob.finch@gmail.com>",
         intent="other",
         note="Wrong recipient: never a customer.",
         body="""Hi, I think you've got the wrong Rob Finch. I've never had any work done by your company and I don't live in Somerset - I'm in Leeds. Might be worth checking the email address you have for your customer.

Rob"""),
]
