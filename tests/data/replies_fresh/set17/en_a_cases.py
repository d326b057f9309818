"""en_a: English replies, handwritten one by one. Firms: Maison Carel Vins (FR), Harrow Lane Catering (GB),
Bluefield Irrigation & Landscape (US)."""

CASES = [
    dict(id="s17ena001", country="GB", date="2026-12-07T10:14", fmt="apple", stage="reminder", ago=3,
         inv="HLC-10418", amt="386.40", due="2026-11-27",
         frm="Dan Whitlock <dan@thecopperkettlecafe.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Will pay on Friday (11 Dec) when the takings go in.",
         body="""Hiya, sorry been mad busy with the Christmas menu, totally slipped my mind. I'll sort it Friday when the week's takings go in.

Cheers
Dan

Sent from my iPhone"""),

    dict(id="s17ena002", country="US", date="2026-12-08T11:42", fmt="outlook", stage="reminder", ago=4,
         inv="BIL-4471", amt="2,860.00", due="2026-11-30",
         frm="Accounts Payable <ap@pinecrestpropertygroup.com>",
         intent="paid", paid_on="2026-12-07",
         note="ACH released yesterday (Monday 12/7).",
         body="""Good morning,

Payment for invoice BIL-4471 ($2,860.00) was released via ACH yesterday and should post to your account within 1-2 business days. The remittance advice was sent to billing@bluefieldlandscape.com.

Please let us know if you do not see the funds by the end of the week.

Thank you,

Rosa Delgado
Accounts Payable Specialist
Pinecrest Property Group
4100 Six Forks Rd, Suite 210 | Raleigh, NC 27609
P: (919) 555-0183 ext. 214

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain confidential information. If you have received this message in error, please notify the sender and delete it."""),

    dict(id="s17ena003", country="FR", date="2026-12-08T16:27", fmt="html_outlook", stage="reminder", ago=2,
         inv="MC-2026-0613", amt="3 412,80", due="2026-11-25",
         frm="Harriet Lyle <h.lyle@thegranbyhotel.co.uk>",
         intent="dispute",
         note="Refuses to pay until broken bottles and wrong vintage are credited.",
         body="""Dear Sir/Madam,

I am writing regarding invoice MC-2026-0613. When the pallet arrived on 19 November, two cases of the Savigny-lès-Beaune were damaged (five bottles broken, photos were sent to your sales team the same afternoon) and the Pommard was delivered as 2022 rather than the 2021 we ordered and were quoted for.

I am afraid we will not be settling this invoice until we receive a credit note for the broken bottles and either the correct vintage or a revised price for the 2022.

I would be grateful if someone could look into this before Christmas, as it is holding up our month-end.

Kind regards,

Harriet Lyle
Food & Beverage Manager
The Granby Hotel
12 Granby Row, Harrogate HG1 4LT
Tel: +44 (0)1423 560 712

The Granby Hotel is a trading name of Granby Hospitality Ltd, registered in England No. 04417729."""),

    dict(id="s17ena004", country="GB", date="2026-12-09T09:02", fmt="ooo", ago=0,
         inv="HLC-10427", amt="1,120.00", due="2026-11-30",
         frm="Priya Nair <p.nair@ashworthlegal.co.uk>",
         intent="out_of_office", return_date="2026-12-14",
         note="Auto-reply; back Monday 14 December.",
         body="""Thank you for your email.

I am currently out of the office attending a conference and will have limited access to email. I will be back in the office on Monday 14th December.

For anything urgent please contact reception on 0161 832 9045 or reception@ashworthlegal.co.uk.

Kind regards,
Priya Nair
Office Manager, Ashworth Legal LLP"""),

    dict(id="s17ena005", country="US", date="2026-12-09T19:48", fmt="apple", stage="second_reminder", ago=1,
         inv="BIL-4452", amt="645.00", due="2026-11-20",
         frm="Kevin Tran <kevtran77@gmail.com>",
         intent="promise", promise_date="2026-12-18",
         note="Will pay on 12/18 (payday).",
         body="""Hi, sorry about the delay. I get paid on 12/18 and will pay the full 645 that day through the link.

Kevin

Sent from my iPhone"""),

    dict(id="s17ena006", country="GB", date="2026-12-10T14:33", fmt="tb", stage="firm", ago=2,
         inv="HLC-10362", amt="1,740.00", due="2026-10-31",
         frm="Margaret Heald <treasurer@hebdenbridgewi.org.uk>",
         intent="plan_request",
         note="Asks to pay in three instalments; no dates committed.",
         body="""Dear Harrow Lane,

Thank you for your letter. I'm the treasurer of the Hebden Bridge Women's Institute and I must apologise – the invoice for the catering at our centenary lunch is for a good deal more than we had budgeted, as the numbers went up on the day.

We do intend to pay it in full, but our account simply doesn't have £1,740 in it at present. Would you be willing to let us pay it in three instalments? I will need to put it to the committee, who next meet in the new year, but I wanted to ask you first whether that would be acceptable.

With apologies and best wishes,

Margaret Heald
Treasurer, Hebden Bridge WI
01422 843 117"""),

    dict(id="s17ena007", country="US", date="2026-12-10T09:31", fmt="bounce",
         inv="BIL-4398", rcpt="office@triangleheritagechurch.org", status="5.4.1",
         mta="mail-relay.bluefieldlandscape.com",
         remote="triangleheritagechurch-org.mail.protection.outlook.com",
         diag="550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM12FT045.eop-nam12.prod.protection.outlook.com]",
         intent="bounce",
         body="""This is the mail system at host mail-relay.bluefieldlandscape.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<office@triangleheritagechurch.org>: host
    triangleheritagechurch-org.mail.protection.outlook.com[52.101.194.9] said:
    550 5.4.1 Recipient address rejected: Access denied. (in reply to RCPT TO
    command)"""),

    dict(id="s17ena008", country="FR", loc="US", date="2026-12-10T10:05", fmt="gmail", stage="second_reminder", ago=1,
         inv="MC-2026-0588", amt="5 940,00", due="2026-11-15",
         frm="Jordan Mercer <jordan@mercerselections.com>",
         intent="paid", paid_on="2026-12-04",
         note="Wire sent December 4; asks for confirmation of receipt.",
         body="""Hi there,

We sent a wire for the full amount (EUR 5,940.00) on December 4 from our Chase account, reference MC-2026-0588. International wires can take a few days so it may just be in transit. Could you confirm once it lands?

Thanks, and happy holidays to everyone in Beaune.

Jordan Mercer
Mercer Selections | Wine Imports
Portland, OR
(503) 555-0119"""),

    dict(id="s17ena009", country="GB", date="2026-12-11T12:18", fmt="outlook", stage="reminder", ago=3,
         inv="HLC-10431", amt="2,315.50", due="2026-11-30",
         frm="Accounts Payable - LTHT <ap.invoices@nhs-leedstrust.example.nhs.uk>",
         intent="copy_request",
         note="Invoice lacks a valid purchase order number; must be resubmitted with PO.",
         body="""Dear Supplier,

Thank you for your email.

We are unable to process invoice HLC-10431 as it does not quote a valid NHS purchase order number. In line with our No PO No Pay policy, all invoices must quote an official order number beginning with 'LTH' in order to be paid.

Please obtain the purchase order number from the person who placed the order and resubmit a corrected invoice to this mailbox. Please do not send duplicate copies of the original.

Kind regards

Accounts Payable Team
Shared Business Services
Tel: 0113 206 5522

This e-mail and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient please notify the sender and delete it. NHS e-mail may be monitored."""),

    dict(id="s17ena010", country="US", date="2026-12-11T17:56", fmt="gmail", stage="second_reminder", ago=2,
         inv="BIL-4439", amt="1,190.00", due="2026-11-25",
         frm="Greg Holloway <gholloway.nc@gmail.com>",
         intent="dispute",
         note="Contests the labor hours billed (14 billed vs about 6 worked).",
         body="""I'm not paying this until somebody explains it. You billed me 14 hours of labor for the drainage job. Your crew showed up at 10, took an hour for lunch and was gone by 3:30. I have it on my doorbell camera. That's 6 hours tops, not 14.

Send me a corrected invoice and I'll pay it the same day. Until then, stop sending me these.

Greg Holloway"""),

    dict(id="s17ena011", country="GB", date="2026-12-14T13:07", fmt="html_gmail", stage="firm", ago=4,
         inv="HLC-10389", amt="540.00", due="2026-11-06",
         frm="Sophie Brannigan <sophiebrannigan.events@gmail.com>",
         intent="promise", promise_date="2026-12-31",
         note="Partial payment of £300 made today; balance of £240 promised on the 31st. The open balance is the promise.",
         body="""Hi,

Really sorry about this. I've just paid £300 through your payment link (should show as S BRANNIGAN). The remaining £240 I'll clear on the 31st, once a client pays me for a wedding I did last month.

Hope that's OK – let me know if you need anything from me.

Sophie"""),

    dict(id="s17ena012", country="FR", date="2026-12-10T15:40", fmt="apple", stage="reminder", ago=2,
         inv="MC-2026-0604", amt="1 188,00", due="2026-11-30",
         frm="Ciarán Doyle <ciaran@doylesofkinsale.ie>",
         intent="paid", paid_on="2026-12-07",
         note="Transfer sent on Monday (7 Dec), two days before the reminder.",
         body="""Hello,

We sent the transfer on Monday from our AIB account, so it must have crossed with your email. Ref is the invoice number.

Regards,
Ciarán Doyle
Doyle's of Kinsale
+353 21 477 2290"""),

    dict(id="s17ena013", country="US", date="2026-12-14T09:21", fmt="outlook", stage="reminder", ago=5,
         inv="BIL-4460", amt="3,450.00", due="2026-11-30",
         frm="Tom Beckett <tbeckett@wakeforesthoa.org>",
         intent="contact_change", new_email="treasurer@wakeforesthoa.org",
         note="No longer board president; send invoices to the treasurer's address.",
         body="""Hi,

I stepped down as HOA president at the November meeting, so please stop sending billing to my address. All invoices and statements should go to our treasurer, Anita Shaw, at treasurer@wakeforesthoa.org. I've forwarded this one to her.

Thanks,
Tom Beckett"""),

    dict(id="s17ena014", country="GB", date="2026-12-15T08:47", fmt="gmail", stage="heads_up", ago=1,
         inv="HLC-10452", amt="212.00", due="2026-12-18",
         frm="Lisa Moorcroft <lisa@moorcroftdental.co.uk>",
         intent="unsubscribe",
         note="Asks to stop the reminder emails; pays on her own schedule.",
         body="""Hello,

Please can you take this address off your reminder emails? We get one before the invoice is even due, then another one after. We have always paid you on time and will continue to do so, we don't need reminding.

Thanks
Lisa Moorcroft
Practice Manager"""),

    dict(id="s17ena015", country="US", date="2026-12-15T20:12", fmt="gmail", stage="reminder", ago=6,
         inv="BIL-4455", amt="780.00", due="2026-11-30",
         frm="Melissa Ortiz <mel.ortiz@yahoo.com>",
         intent="promise",
         note="Will pay after the holidays; no specific date.",
         body="""hi - yes I know it's late, with the kids and Christmas it's been a lot. I will get this paid after the holidays, promise. sorry!!

Mel"""),

    dict(id="s17ena016", country="GB", date="2026-12-16T11:26", fmt="apple", stage="reminder", ago=2,
         inv="HLC-10433", amt="96.00", due="2026-12-04",
         frm="Colin Pritchard <colinpritchard@btinternet.com>",
         intent="paid", paid_on="2026-12-16",
         note="Paid by bank transfer this morning.",
         body="""Paid it this morning by bank transfer, ref HLC-10433. Apologies for the delay.

Colin Pritchard"""),

    dict(id="s17ena017", country="FR", date="2026-12-16T15:02", fmt="gmail", stage="second_reminder", ago=2,
         inv="MC-2026-0571", amt="2 604,00", due="2026-11-10",
         frm="Oliver Stanhope <oliver@stanhopewinebar.co.uk>",
         intent="bank_details",
         note="Received a message claiming new IBAN; wants confirmation before paying.",
         body="""Hello,

Before we pay this, a quick check. Last week we had an email, supposedly from your accounts team, telling us your bank had changed and giving a new IBAN at a bank in Lithuania. It didn't look right to me and it came from a gmail address.

Can you confirm the correct IBAN for Maison Carel? Ideally someone could ring me on 020 7946 0381 so I can hear it from you directly. As soon as we have that we'll pay.

Best,
Oliver Stanhope
Stanhope Wine Bar, Islington"""),

    dict(id="s17ena018", country="US", date="2026-12-17T14:15", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="BIL-4412", amt="8,925.00", due="2026-11-13",
         frm="Deborah Kline <dkline@wcpss-vendorpay.example.org>",
         intent="promise", promise_date="2027-01-14",
         note="Approved and scheduled for the 1/14 check run.",
         body="""Hello,

Invoice BIL-4412 (athletic field irrigation repair, Millbrook HS) has been approved by the facilities department. It missed our December cutoff and is now scheduled for the 1/14/2027 check run. Checks are mailed the same day.

Please note our offices are closed 12/21 through 1/1.

Regards,

Deborah Kline
Accounts Payable Technician
Finance Services Division
Phone: 919-555-0162 | Fax: 919-555-0190

E-mail correspondence to and from this address may be subject to the North Carolina Public Records Law and may be disclosed to third parties."""),

    dict(id="s17ena019", country="GB", date="2027-01-06T10:38", fmt="outlook", stage="second_reminder", ago=2, fwd=True,
         subj="FW: Second reminder: invoice HLC-10447 overdue – Harrow Lane Catering Ltd",
         inv="HLC-10447", amt="4,180.00", due="2026-12-11",
         frm="Jenna Rowe <jenna.rowe@okaforconstruction.co.uk>",
         intent="promise", promise_date="2027-01-31",
         note="Assistant forwards MD's answer: will pay at the end of the month (31 January).",
         body="""Hi,

Please see Mr Okafor's reply below regarding your reminder.

Kind regards,
Jenna

Jenna Rowe | PA to the Managing Director
Okafor Construction Ltd | 0113 496 0028

From: Chidi Okafor
Sent: 06 January 2027 08:12
To: Jenna Rowe
Subject: RE: Second reminder

Jenna - tell them end of the month. Christmas party invoice, it's fine, just not a priority this week. C"""),

    dict(id="s17ena020", country="GB", date="2026-12-21T09:00", fmt="ooo", ago=0,
         inv="HLC-10461", amt="624.00", due="2026-12-11",
         frm="Bramley Primary School Office <office@bramleyprimary.leeds.sch.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="School office closed from 18 December; reopens Monday 4 January.",
         body="""Thank you for your email.

The school office is now closed for the Christmas holidays from Friday 18th December and will reopen on Monday 4th January 2027. Emails will not be monitored during this time.

If your enquiry relates to a safeguarding concern, please contact Leeds Children's Services on 0113 222 4403.

We wish you a very happy Christmas.

Bramley Primary School"""),

    dict(id="s17ena021", country="US", date="2026-12-22T07:45", fmt="ooo", ago=0,
         inv="BIL-4478", amt="1,560.00", due="2026-12-15",
         frm="Ryan Castellano <rcastellano@castellanorealty.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Out through Friday January 1; first working day back is Monday January 4.",
         body="""Thanks for your message. I'm out of the office through Friday, January 1 with very limited access to email. If this is about a property emergency, please call our maintenance line at (919) 555-0133.

Happy Holidays!
Ryan"""),

    dict(id="s17ena022", country="GB", date="2026-12-18T22:31", fmt="gmail", stage="reminder", ago=3,
         inv="HLC-10444", amt="158.00", due="2026-12-09",
         frm="Jamie Foulds <jfoulds1989@hotmail.co.uk>",
         intent="paid", paid_on="2026-12-18",
         note="Says it's paid now (tonight).",
         body="""sorry mate forgot all about it, done now on the link. cracking buffet btw everyone loved the pork pies

jamie"""),

    dict(id="s17ena023", country="US", date="2026-12-17T16:09", fmt="gmail", stage="final_notice", ago=1,
         inv="BIL-4387", amt="2,240.00", due="2026-10-30",
         frm="Pat Wexler <pat@wexlerdentalarts.com>",
         intent="dispute",
         note="Sarcastic; has asked three times for the invoice to be corrected (sod billed but not installed).",
         body="""Oh great, a "final reminder before referral." Love that.

For the record, this is the invoice I have asked you to correct THREE times, twice by phone and once by email on 11/9. You billed us for 1,800 sq ft of sod in the back lot. The back lot is still dirt. You can come look at it any time.

Fix the invoice and you'll get paid. Send it to collections and I'll be happy to show them the dirt too.

Pat Wexler
Office Manager, Wexler Dental Arts"""),

    dict(id="s17ena024", country="FR", date="2026-12-18T11:52", fmt="tb", stage="firm", ago=3,
         inv="MC-2026-0522", amt="4 356,00", due="2026-10-20",
         frm="Accounts <accounts@thecellardoorbristol.co.uk>",
         intent="other",
         note="Company has entered administration; claims must go to the administrators.",
         body="""Dear Sirs,

We write to inform you that The Cellar Door (Bristol) Limited entered administration on 2 December 2026 and that Mark Ellison and Fiona Grant of Ellison Grant Insolvency LLP were appointed as Joint Administrators.

The company is unable to make any payment in respect of debts incurred prior to the appointment. Please submit details of your claim to the Joint Administrators at claims@ellisongrant-ip.co.uk, quoting reference CDB/2026/118. A proof of debt form is available on request.

Yours faithfully,

For and on behalf of The Cellar Door (Bristol) Limited (in administration)

The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability."""),

    dict(id="s17ena025", country="GB", date="2026-12-14T10:02", fmt="outlook", stage="second_reminder", ago=4,
         inv=[("HLC-10397", "742.80", "2026-11-13"), ("HLC-10409", "541.80", "2026-11-20")],
         frm="Graham Tate <accounts@tateandsonsjoinery.co.uk>",
         intent="paid", paid_on="2026-12-03",
         note="Both invoices paid together in one transfer on 3 December.",
         body="""Morning,

Both of these were paid together in one BACS payment of £1,284.60 on the 3rd of December, reference TATE JOINERY. It's gone out of our account so you should have it by now; maybe it didn't get matched to the two invoice numbers.

Can you check your end and let me know?

Regards
Graham Tate
Tate & Sons Joinery Ltd
07811 402 339"""),

    dict(id="s17ena026", country="US", date="2027-01-05T13:30", fmt="outlook", stage="repeat", ago=1,
         inv=[("BIL-4381", "410.00", "2026-10-30"), ("BIL-4429", "1,275.00", "2026-11-20")],
         frm="Sandra Whitfield <swhitfield@oakmontseniorliving.com>",
         intent="copy_request",
         note="Only has BIL-4429 on file; asks for an itemized statement and a copy of BIL-4381.",
         body="""Hi,

Our system only shows one open invoice from Bluefield (BIL-4429, which is in process). I don't have any record of BIL-4381. Could you send me a copy of that invoice along with an itemized statement of everything you show as open on our account? Once I can match it up I'll get it processed.

Thank you,

Sandra Whitfield
Business Office Manager
Oakmont Senior Living
(919) 555-0175"""),

    dict(id="s17ena027", country="GB", date="2027-01-07T15:48", fmt="gmail", stage="final_notice", ago=2,
         inv="HLC-10402", amt="1,360.00", due="2026-11-16",
         frm="Marco Ferraro <marco@lapiazzettaotley.co.uk>",
         intent="plan_request",
         note="Asks to pay about £100 a month; no start date given.",
         body="""Hi,

I know, I know. Look, January is dead for us, it always is, and December was not as good as we hoped. I can't find £1,360 in one go right now.

Could we do something like £100 a month until it's cleared? Maybe a bit more once things pick up in the spring. I'm not trying to get out of it, I just need some breathing space. Please don't pass it on to a debt collector.

Marco
La Piazzetta, Otley"""),

    dict(id="s17ena028", country="US", date="2027-01-07T10:20", fmt="gmail", stage="reminder", ago=3,
         inv="BIL-4486", amt="325.00", due="2026-12-31",
         frm="Harold Jessup <hjessup42@aol.com>",
         intent="promise", promise_date="2027-01-11",
         note="Will mail a check on Monday (1/11).",
         body="""Dear Bluefield,

I received your reminder. I do not use the computer to pay bills. I will put a check in the mail Monday.

Harold Jessup"""),

    dict(id="s17ena029", country="FR", loc="US", date="2027-01-05T09:14", fmt="html_gmail", stage="reminder", ago=1,
         inv="MC-2026-0649", amt="7 212,00", due="2026-12-20",
         frm="Aaron Feld <aaron@feldfinewines.com>",
         intent="promise", promise_date="2027-01-15",
         note="Will wire funds by January 15th; side question about stock does not change the intent.",
         body="""Bonjour,

Happy new year! Our controller was out until yesterday so this got held up. We'll wire the funds in EUR by January 15th at the latest. I'll forward you the Swift confirmation when it goes.

Also - is the 2024 Meursault still available? We'd like another 10 cases for spring.

Best,
Aaron

Aaron Feld
Feld Fine Wines | New York, NY
(212) 555-0148"""),

    dict(id="s17ena030", country="GB", date="2026-12-29T12:05", fmt="apple", stage="reminder", ago=1,
         inv="HLC-10458", amt="318.00", due="2026-12-21",
         frm="Anne Cartwright <anne.cartwright@icloud.com>",
         intent="paid", paid_on="2026-12-24",
         note="Paid on Christmas Eve.",
         body="""Hello

I paid this on Christmas Eve online, it went through fine and I had a confirmation email. Perhaps it hasn't reached you yet because of the bank holidays?

Thank you again for the lovely food for Dad's 80th.

Anne

Sent from my iPad"""),

    dict(id="s17ena031", country="US", date="2027-01-08T12:44", fmt="gmail", stage="reminder", ago=2,
         inv="BIL-4490", amt="265.00", due="2026-12-31",
         frm="Nicole Braddock <nbraddock@gmail.com>",
         intent="other",
         note="Asks what the invoice is for (fall cleanup vs blowout); no payment statement.",
         body="""Hi there, quick question before I pay anything. Is this one for the fall leaf cleanup or the sprinkler winterization/blowout? I think I already paid one of those in November and they were both around the same amount so I'm confused which one this is.

Thanks,
Nicole"""),

    dict(id="s17ena032", country="GB", date="2027-01-11T11:10", fmt="tb", stage="second_reminder", ago=3,
         inv="HLC-10466", amt="486.00", due="2026-12-31",
         frm="Steve Marsden <steve@marsdenfm.co.uk>",
         intent="dispute",
         note="Unused platters were returned; awaiting a credit note before paying.",
         body="""Hello,

As I explained to your driver on the day, we cancelled 2 of the 6 platters the afternoon before the event and the 2 that came anyway went straight back with him untouched. The invoice still charges for all 6.

Please issue a credit note for the 2 returned platters (£162 by my reckoning) and send me the revised balance. I'm not paying for food we sent back.

Steve Marsden
Facilities Manager
Marsden FM Services Ltd
Tel 01274 730 558"""),

    dict(id="s17ena033", country="FR", date="2026-12-16T10:30", fmt="outlook", stage="reminder", ago=2,
         inv="MC-2026-0632", amt="2 988,00", due="2026-12-05",
         frm="Fiona Rennie <fiona.rennie@eastneukinns.co.uk>",
         intent="promise", promise_date="2027-01-12",
         note="Paid in the payment run on the second Tuesday of January = 12 Jan 2027.",
         body="""Good morning,

Thank you for the reminder. Our December supplier run has already gone, I'm afraid, and we don't have another until the second Tuesday of January. Your invoice is on the list for that run.

Many thanks for your patience.

Fiona Rennie
Purchase Ledger
East Neuk Inns Ltd, Anstruther
01333 310 442"""),

    dict(id="s17ena034", country="US", date="2027-01-12T08:03", fmt="none", stage="repeat", ago=1,
         inv="BIL-4424", amt="95.00", due="2026-11-30",
         frm="Bill Sorensen <bsorensen@nc.rr.com>",
         intent="unsubscribe",
         note="Asks to be removed from the mailing.",
         body="""UNSUBSCRIBE

Remove me from this list."""),

    dict(id="s17ena035", country="GB", date="2026-12-23T16:40", fmt="ooo", ago=0,
         inv="HLC-10470", amt="892.00", due="2026-12-18",
         frm="Helen Caddick <helen.caddick@wharfedaleestates.co.uk>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January; first working day back Monday 11 January.",
         body="""Hi,

Thanks for your email. I'm away over Christmas and New Year until Friday 8 January and won't be checking emails.

Invoices and statements can be sent to purchaseledger@wharfedaleestates.co.uk and will be dealt with by the team in my absence.

Helen Caddick
Finance Manager
Wharfedale Estates Ltd"""),

    dict(id="s17ena036", country="US", date="2027-01-04T09:52", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="BIL-4468", amt="1,045.00", due="2026-12-10",
         frm="Derek Osei <derek@oseiautoworks.com>",
         intent="paid", paid_on="2026-12-30",
         note="Paid by card on the portal on 12/30; gives confirmation number.",
         body="""Hello,

I paid this with a card through your online portal on 12/30. Confirmation # 7H2K-99041. The charge is showing on my Amex statement. Please update your records and stop the reminders on this one.

Thanks,
Derek Osei
Osei Auto Works
(984) 555-0126"""),

    dict(id="s17ena037", country="GB", date="2027-01-12T20:17", fmt="gmail", stage="final_notice", ago=3,
         inv="HLC-10421", amt="675.00", due="2026-11-30",
         frm="Kerry Ainsworth <kerry.ainsworth84@gmail.com>",
         intent="promise", promise_date="2027-01-25",
         note="Will pay on the 25th, her payday.",
         body="""Hi,

Please don't send this to a debt collector. Christmas wiped me out and I had the boiler go on the 2nd. I get paid on the 25th and I will pay the full amount that day, I promise.

Sorry again,
Kerry"""),

    dict(id="s17ena038", country="FR", date="2027-01-13T11:36", fmt="outlook", stage="second_reminder", ago=4,
         inv="MC-2026-0657", amt="1 644,00", due="2026-12-28",
         frm="Purchase Ledger <purchaseledger@hawthornrestaurants.co.uk>",
         intent="copy_request",
         note="Needs a VAT invoice with both VAT numbers and reverse-charge wording before paying.",
         body="""Hello,

We have received your reminder but we cannot find the invoice itself in our system, only the link, which asks for a login. Could you please email a PDF copy of invoice MC-2026-0657?

Please also make sure it shows your EU VAT number and ours (GB 318 4472 09), as our auditors require this on all EU supplier invoices.

Once received it will go into the next payment run.

Kind regards,

Purchase Ledger Team
Hawthorn Restaurants Group Ltd
Registered office: 22 Cheapside, London EC2V 6AA. Registered in England No. 08815520."""),

    dict(id="s17ena039", country="US", date="2027-01-13T15:25", fmt="outlook", stage="reminder", ago=2,
         inv="BIL-4494", amt="4,700.00", due="2027-01-08",
         frm="Janet Moffitt <jmoffitt@stmarkscary.org>",
         intent="bank_details",
         note="Invoice shows a different bank account from vendor file; will not pay until verified by phone.",
         body="""Hello,

Before I process this, the ACH instructions on this invoice don't match what we have on file for Bluefield (our file shows an account at First Citizens ending 4418, the invoice shows a different bank). Did you change banks?

Per our church finance policy I can't pay to new banking details without verbal confirmation from someone at your office. Please call me at (919) 555-0158, Tuesday through Thursday.

Janet Moffitt
Finance Administrator
St. Mark's Church, Cary NC"""),

    dict(id="s17ena040", country="GB", date="2027-01-14T09:15", fmt="gmail", stage="reminder", ago=1,
         inv="HLC-10476", amt="1,086.00", due="2027-01-08",
         frm="Rachel Ibbotson <rachel.ibbotson@marshridley.co.uk>",
         intent="contact_change", new_email="accounts@marshridley.co.uk",
         note="She's leaving the firm; reminders should go to the accounts inbox.",
         body="""Hi there,

I'm leaving Marsh & Ridley at the end of this week so please can you update your records and send any invoices and reminders to accounts@marshridley.co.uk from now on? I've passed this one on to them.

Thanks for all the lovely lunches over the years!

Rachel"""),

    dict(id="s17ena041", country="US", date="2027-01-14T11:48", fmt="apple", stage="second_reminder", ago=2,
         inv="BIL-4475", amt="560.00", due="2026-12-20",
         frm="Chris Alvarado <chris@alvaradobuilds.com>",
         intent="promise",
         note="Will pay next week; no day given.",
         body="""Yep got it. We're waiting on a draw from the bank on the Hendricks job, should have it paid to you next week.

Chris
Alvarado Builders

Sent from my iPhone"""),

    dict(id="s17ena042", country="GB", date="2027-01-15T13:22", fmt="gmail", stage="reminder", ago=2,
         inv="HLC-10479", amt="234.00", due="2027-01-09",
         frm="J Patel <jpatel.home@gmail.com>",
         intent="other",
         note="Says he never ordered anything; wrong recipient.",
         body="""Hello,

I think you have the wrong person. I've never ordered anything from Harrow Lane Catering and I've never had an event in Leeds. There must be another J Patel on your system with a similar email address.

Please check and correct your records.

J Patel"""),

    dict(id="s17ena043", country="US", date="2027-01-13T10:06", fmt="tb", stage="second_reminder", ago=1,
         inv=[("BIL-4463", "1,180.00", "2026-12-10"), ("BIL-4482", "390.00", "2026-12-22")],
         frm="Linda Pham <lpham@brightwaterclinic.com>",
         intent="paid", paid_on="2027-01-08",
         note="One check for both invoices mailed Friday the 8th.",
         body="""Hi,

Our office manager tells me one check (#4471, $1,570.00) covering both BIL-4463 and BIL-4482 was mailed out on Friday the 8th. With the mail being what it is it may take a few more days to reach you.

Please let me know if it hasn't arrived by the end of next week and we'll look at stopping it and reissuing.

Linda Pham
Brightwater Family Clinic"""),

    dict(id="s17ena044", country="FR", date="2027-01-18T14:50", fmt="html_outlook", stage="formal_notice", ago=3,
         inv="MC-2026-0598", amt="2 976,00", due="2026-11-20",
         frm="William Ashcombe <w.ashcombe@ashcombeandfield.co.uk>",
         intent="dispute",
         note="Invoiced price does not match the agreed quote; asks for a corrected invoice.",
         body="""Dear Sir or Madam,

I am surprised to receive a formal notice on this invoice, as I emailed your sales office about it on 2 December and have had no reply.

Your quotation dated 14 October agreed a price of €2,150.00 excluding VAT for the 60 bottles of Chablis Premier Cru. The invoice charges €2,480.00 excluding VAT for the same wine, with no explanation.

We are happy to pay the quoted price immediately on receipt of a corrected invoice, but we do not accept the amount as invoiced. I attach the quotation again for your reference.

Yours faithfully,

William Ashcombe
Director
Ashcombe & Field Wine Merchants Ltd
34 Market Place, Devizes SN10 1HZ
Tel: 01380 722 961"""),

    dict(id="s17ena045", country="GB", date="2027-01-19T10:25", fmt="html_outlook", stage="firm", ago=4,
         inv="HLC-10438", amt="2,950.00", due="2026-12-04",
         frm="Dr Amara Bello <a.bello@kirkgateartscentre.org.uk>",
         intent="plan_request",
         note="Asks for more time until grant funding arrives; no date committed.",
         body="""Dear Harrow Lane team,

Thank you for your patience with this invoice, and apologies that it is now overdue.

As a small charity we are waiting on the first tranche of our Arts Council grant for 2027, which was expected before Christmas and has been delayed. Would you be prepared to hold off on this invoice until those funds come through? Alternatively, if it helps, we could look at splitting the balance into smaller payments over the coming months.

I'd be very grateful for your understanding.

With best wishes,

Dr Amara Bello
Director
Kirkgate Arts Centre
Registered charity no. 1094418"""),

    dict(id="s17ena046", country="US", date="2027-01-18T18:33", fmt="gmail", stage="reminder", ago=4,
         inv="BIL-4497", amt="1,800.00", due="2027-01-10",
         frm="Frank DiNapoli <fdinapoli@brookhollowhoa.net>",
         intent="promise", promise_date="2027-01-20",
         note="Check to be dropped off the day after Tuesday's board meeting = Wednesday 1/20.",
         body="""Hi,

Our board meets this Tuesday and your invoice is on the agenda for approval. Two signatures are needed on checks, so I'll drop it off at your Capital Blvd office the day after the meeting.

Frank DiNapoli
Treasurer, Brook Hollow HOA"""),

    dict(id="s17ena047", country="GB", date="2027-01-19T15:02", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="HLC-10468", amt="3,264.00", due="2026-12-31",
         frm="Creditor Payments <creditor.payments@calderdalemdc.example.gov.uk>",
         intent="paid", paid_on="2027-01-15",
         note="Paid in the BACS run on 15/01/2027.",
         body="""Good afternoon,

Invoice HLC-10468 was paid in our BACS run on 15/01/2027 (payment ref 30071882). A remittance advice was emailed to the address held on our vendor file.

Please allow 3 working days for funds to clear.

Regards,

Creditor Payments Team
Finance Services
Calderdale Council

This email and any files transmitted with it are confidential. If you have received it in error please notify the sender and delete it. Views expressed are not necessarily those of the Council."""),

    dict(id="s17ena048", country="FR", loc="US", date="2027-01-21T03:10", fmt="ooo", ago=0,
         inv="MC-2027-0011", amt="3 780,00", due="2027-01-15",
         frm="Megan Holt <megan@holtandvine.com>",
         intent="out_of_office", return_date="2027-01-27",
         note="Auto-reply; back Wednesday January 27.",
         body="""Hi! I'm traveling for market visits and will be back in the office on Wednesday, January 27. I'll reply to your message as soon as I can after that.

For orders and shipping, please contact orders@holtandvine.com.

Megan Holt
Holt & Vine Imports, Chicago"""),

    dict(id="s17ena049", country="US", date="2027-01-22T13:57", fmt="gmail", stage="second_reminder", ago=3,
         inv="BIL-4501", amt="720.00", due="2027-01-15",
         frm="Tyrone Banks <tyrone@bankscoffeeroasters.com>",
         intent="other",
         note="Passed to his bookkeeper; no payment statement, no new address.",
         body="""Hey, I passed this to our bookkeeper Linda, she handles all our bills now. She works Mondays and Thursdays so she'll deal with it then.

Tyrone"""),

    dict(id="s17ena050", country="GB", date="2027-01-26T09:41", fmt="gmail", stage="reminder", ago=1,
         inv="HLC-10483", amt="1,512.00", due="2027-01-20",
         frm="Natalie Shore <natalie@shoreandcopr.co.uk>",
         intent="promise", promise_date="2027-01-29",
         note="Will pay by Friday 29th; side request for a quote.",
         body="""Hi both,

Thanks for the nudge – it's approved and I'll make sure it's paid by Friday 29th.

While I have you, could you send over a quote for a working lunch for about 25 on 18 February? Same as last time but we need 6 vegan and 2 gluten free.

Thanks!
Natalie

Natalie Shore
Shore & Co PR | 0113 389 2204"""),
]
