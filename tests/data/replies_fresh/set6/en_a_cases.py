"""Set 6, English part a: handwritten debtor replies (British, Irish, and English-speaking customers of a French firm)."""

CASES = [
    dict(id="s6en001", country="GB", date="2026-11-11T07:12", fmt="apple", stage="reminder",
         inv="BR-10388", amt="465.00", due="2026-10-30",
         frm="Dean Whitlock <deanwhitlockelectrical@gmail.com>",
         intent="promise", promise_date="2026-11-13",
         note="'will do bacs fri' written on Wednesday 11 Nov: the coming Friday is 13 Nov. The condition (when the big job pays out) does not remove the commitment.",
         body="""will do bacs fri when the big job pays out, sorry been flat out

Dean

Sent from my iPhone"""),

    dict(id="s6en002", country="GB", date="2026-11-16T10:41", fmt="html_outlook", stage="reminder", ago=4,
         inv="BR-10342", amt="2,184.60", due="2026-10-31",
         frm="Helen Ashworth <bursar@stmarksprimary.lancs.sch.uk>",
         intent="paid", paid_on="2026-11-12",
         note="Says the invoice went in the payment run on Thursday 12th November (the Thursday before the Monday 16 Nov reply).",
         body="""Good morning,

Thank you for your email. I can confirm that invoice BR-10342 was included in our payment run on Thursday 12th November and should have reached your account by now. The payment will show as LANCS CC SCHOOLS on your statement, as our payments go through the County Council.

If it still hasn't appeared by the end of the week please do let me know and I will chase it with the payments team at County Hall.

Kind regards

Helen Ashworth
School Business Manager
St Mark's C of E Primary School
Tel: 01772 496 118

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Lancashire County Council may monitor email traffic data and content."""),

    dict(id="s6en003", country="GB", date="2026-11-12T21:37", fmt="gmail", stage="second_reminder", ago=1,
         inv="BR-10371", amt="388.00", due="2026-10-28",
         frm="Raj Mistry <raj.mistry.lettings@gmail.com>",
         intent="dispute",
         note="Landlord refuses to pay until the faulty boiler repair is redone: contests the work.",
         body="""Hi,

I'm not paying this until someone comes back out to 14 Clarendon Road. Your engineer "fixed" the boiler on the 20th and it was losing pressure again two days later. My tenant has had no heating for most of the week and I've had to buy her two oil filled radiators.

I rang the office twice last week and was promised a call back which never came. Get it fixed properly and I'll pay the invoice in full, but I'm not paying £388 for a job that didn't work.

Raj Mistry"""),

    dict(id="s6en004", country="GB", date="2026-11-17T09:02", fmt="ooo", stage="reminder",
         inv="BR-10402", amt="720.00", due="2026-11-06",
         frm="Lorraine Beckett <finance@haywoodhospice.org.uk>",
         intent="out_of_office", return_date="2026-11-23",
         note="Auto-reply: away until Friday 20th, returning Monday 23rd November.",
         body="""Thank you for your email.

I am out of the office until Friday 20th November, returning on Monday 23rd, and will not be checking emails while I'm away. If your query is urgent, please contact Samira in the finance team on 0121 496 0384 or at samira.khan@haywoodhospice.org.uk.

Lorraine Beckett
Finance Manager

Haywood Hospice is a registered charity in England and Wales (No. 1098743)."""),

    dict(id="s6en005", country="FR", loc="GB", date="2026-11-19T18:20", fmt="gmail", stage="reminder",
         inv="FA-2026-0871", amt="4 350,00", due="2026-10-31",
         frm="Gillian Hartley <gill.hartley54@btinternet.com>",
         intent="promise", promise_date="2026-12-01",
         note="'Tuesday week' written on Thursday 19 Nov: next Tuesday is 24 Nov, Tuesday week is the one after, 1 Dec.",
         body="""Dear Monsieur Lavergne,

Apologies for replying in English, my French is only good enough for the boulangerie!

We are back in Somerset at the moment and I have to move the money across from our UK account to the French one, which takes a few days with our bank. I'll do the transfer for the balance of the roof work on Tuesday week, so you should have it shortly after that.

We're very pleased with the new roof on the barn by the way, it's survived two big storms already.

Best wishes,
Gillian and Martin Hartley
La Grange du Moulin, Issigeac"""),

    dict(id="s6en006", country="GB", date="2026-11-18T12:05", fmt="outlook", stage="second_reminder",
         inv=[("BR-10377", "1,260.00", "2026-10-23"), ("BR-10391", "845.50", "2026-10-30")],
         frm="Accounts | Farrow Build Ltd <accounts@farrowbuild.co.uk>",
         intent="promise",
         note="Commits both invoices to the payment run 'w/c 30th' (week commencing Monday 30 Nov): a week, not a day, so no promise_date.",
         body="""Both of these are in the payment run w/c 30th.

Tracey
Farrow Build Ltd"""),

    dict(id="s6en007", country="GB", date="2026-11-23T11:48", fmt="apple", stage="firm", ago=3,
         inv="BR-10356", amt="1,095.00", due="2026-10-24",
         frm="Mick Doherty <coachandhorses.mick@outlook.com>",
         intent="paid", paid_on="2026-11-21",
         note="'paid it Saturday night' written on Monday 23 Nov: Saturday 21 Nov.",
         body="""Morning,

Sorry about this, it's been a mad few weeks. Cellar flooded the week before last and I've been up to my eyes in it. Anyway I paid it Saturday night on the banking app, full amount £1,095 with the invoice number as the reference, so it should be with you today or tomorrow.

Cheers for being patient, the new boiler's been brilliant by the way, first winter in years the back bar's been warm.

Mick
The Coach & Horses

Sent from my iPhone"""),

    dict(id="s6en008", country="GB", date="2026-11-13T14:26", fmt="html_outlook", stage="reminder",
         inv="BR-10365", amt="3,412.80", due="2026-10-31",
         frm="Accounts Payable <ap.queries@medivance-supplies.co.uk>",
         intent="copy_request",
         note="Accounts payable cannot find the invoice and asks for a PDF copy quoting the PO number.",
         body="""Dear Supplier,

Thank you for your email regarding the above invoice.

We have been unable to locate invoice BR-10365 on our system. Please note that all invoices must be submitted as a PDF and must quote a valid Medivance purchase order number (format 45xxxxxxxx). Invoices without a PO number cannot be registered and will be returned to the supplier.

Could you please send us a copy of the invoice in PDF format, quoting the PO number, so that we can register it for payment. Once registered, invoices are paid in line with our 30-day terms.

Kind regards,

Accounts Payable Team
Medivance Clinical Supplies Ltd
Case ref: AP-0081764

CONFIDENTIALITY NOTICE: This email and any attachments are intended only for the named recipient(s) and may contain confidential information. If you are not the intended recipient please notify the sender immediately and delete this message. Medivance Clinical Supplies Ltd, registered in England No. 04417265."""),

    dict(id="s6en009", country="GB", date="2026-11-10T09:04", fmt="bounce",
         inv="BR-10349", amt="210.00", due="2026-10-20",
         rcpt="info@thecopperkettlecafe.co.uk", status="5.1.1",
         diag="550 5.1.1 <info@thecopperkettlecafe.co.uk>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx1.thecopperkettlecafe.co.uk",
         intent="bounce",
         body="""This is the mail system at host a27-14.smtp-out.eu-west-2.amazonses.com.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

<info@thecopperkettlecafe.co.uk>: host mx1.thecopperkettlecafe.co.uk[185.42.117.9] said: 550 5.1.1 <info@thecopperkettlecafe.co.uk>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s6en010", country="GB", date="2026-11-20T22:51", fmt="gmail", stage="second_reminder",
         inv="BR-10385", amt="1,980.00", due="2026-11-02",
         frm="Donna Fairclough <donnafairclough1979@hotmail.co.uk>",
         intent="plan_request",
         note="Consumer made redundant asks to pay monthly (£150 a month); no date committed.",
         body="""Hello,

I'm really sorry I haven't paid this yet. I was made redundant at the end of October, the week after your lads put the new boiler in, and I'm waiting on my redundancy pay which could be weeks yet.

I don't want to ignore it. Would it be possible to pay it off monthly? I could manage £150 a month, maybe more once I'm back in work. If that's no good please tell me what you'd accept and I'll try my best.

Thank you and sorry again,
Donna Fairclough
23 Bramley Close, Wigston"""),

    dict(id="s6en011", country="GB", date="2026-11-18T13:15", fmt="gmail", stage="reminder",
         inv="BR-10380", amt="295.00", due="2026-11-04",
         frm="Ciarán Ó Murchú <ciaranomurchu@eircom.net>",
         intent="promise", promise_date="2026-11-27",
         note="Irish customer: 'after payday on the 27th, so Friday week', written Wednesday 18 Nov: Friday 27 Nov. Also asks how to pay (question), the promise drives the action.",
         body="""Hi there,

Sorry about the delay on this, had a bit of a nightmare month with the car. I'll have it paid after payday on the 27th, so Friday week. Is it grand to pay by card over the phone or do ye want a bank transfer? Either is fine with me.

Thanks a million,
Ciarán"""),

    dict(id="s6en012", country="FR", loc="GB", date="2026-11-24T16:02", fmt="tb", stage="second_reminder",
         inv="FA-2026-0902", amt="1 180,00", due="2026-11-10",
         frm="Patricia Ridley <pat.ridley@orange.fr>",
         intent="contact_change", new_email="tom.ridley@ridleyarchitects.co.uk",
         note="House sold; asks that reminders go to her son at a new address.",
         body="""Bonjour,

We have now sold La Bergerie and are moving back to England next week, so I won't be reading this orange.fr address for much longer.

Our son Tom is looking after all our French paperwork from now on, including your invoice for the gutters. Please send any reminders or correspondence to him at tom.ridley@ridleyarchitects.co.uk rather than to me.

Merci beaucoup,
Pat Ridley"""),

    dict(id="s6en013", country="GB", date="2026-11-25T19:40", fmt="gmail", stage="reminder",
         inv="BR-10407", amt="640.00", due="2026-11-13",
         frm="Geoff Pennington <treasurer@oadbyscouts.org.uk>",
         intent="bank_details",
         note="Charity treasurer got an email announcing new bank details and wants them confirmed before paying (fraud fear).",
         body="""Dear Blackthorn & Reade,

I'm the treasurer for 3rd Oadby Scouts. We had an email last Thursday, apparently from your accounts department, saying your bank account has changed and asking us to pay the hut boiler invoice to a new account with Monzo.

After what happened to the church hall next door (they lost nearly £4,000 to a fake invoice) I'm not paying anything to new details until I've spoken to someone. Can you ring me on 07700 900412 to confirm which account is correct? The money's ready to go as soon as I know it's genuinely you.

Yours,
Geoff Pennington
Hon. Treasurer, 3rd Oadby Scout Group"""),

    dict(id="s6en014", country="GB", date="2026-11-26T11:20", fmt="html_outlook", stage="second_reminder",
         inv=[("BR-10359", "4,860.00", "2026-10-30"), ("BR-10360", "1,215.00", "2026-10-30")],
         frm="Finance Office <finance@kingsleyacademy.org.uk>", cc="Paul Grady <p.grady@kingsleyacademy.org.uk>",
         intent="dispute",
         note="School holds both invoices: billed six radiators, only four fitted; asks for a credit note.",
         body="""Good morning,

We are holding both of these invoices pending a query.

BR-10359 charges for the supply and fitting of six radiators in the science block. Our site manager, Mr Grady (copied in), has checked and only four were fitted; the other two were left in their boxes in the plant room and are still there. BR-10360 is for the pipework to the same radiators, so we would expect that to be reduced too.

Please can you issue a credit note or an amended invoice for the four radiators actually fitted, and we will pay it in the next payment run once received.

Kind regards,

Angela Moss
Finance Officer
Kingsley Academy
Part of the Riverside Learning Trust

The Riverside Learning Trust is a charitable company limited by guarantee registered in England and Wales (Company No. 07834190)."""),

    dict(id="s6en015", country="GB", date="2026-11-20T08:55", fmt="outlook", stage="reminder", ago=3,
         inv="BR-10395", amt="960.00", due="2026-11-05",
         frm="Purchase Ledger <purchase.ledger@brookfieldlettings.co.uk>",
         intent="promise", promise_date="2026-12-03",
         note="Approved and scheduled for the supplier run on Thursday 3rd December.",
         body="""Hello,

Invoice BR-10395 has now been approved by the property manager and is scheduled for payment in our next supplier run on Thursday 3rd December.

Remittance advice will be emailed to accounts@blackthorn-reade.co.uk on the day of payment.

Regards,
Simon Kerr
Purchase Ledger Clerk
Brookfield Lettings & Property Management"""),
    dict(id="s6en016", country="FR", loc="GB", date="2026-11-16T09:30", fmt="html_gmail", stage="second_reminder",
         inv="FA-2026-0855", amt="2 640,00", due="2026-10-25",
         frm="Andrew Cole <andrew.cole.eymet@gmail.com>",
         intent="paid", paid_on="2026-11-12",
         note="Paid through Wise 'on the 12th', written 16 Nov: 12 Nov.",
         body="""Hello,

I think our emails must have crossed. I paid this through Wise on the 12th, €2,640 to the IBAN on your invoice, with FA-2026-0855 as the reference. Wise shows it as delivered the same day.

I can send a screenshot of the transfer receipt if that helps.

Kind regards,
Andrew Cole
Le Petit Moulin, Eymet"""),

    dict(id="s6en017", country="GB", date="2026-11-25T14:10", fmt="ooo", stage="reminder",
         inv="BR-10412", amt="1,540.00", due="2026-11-16",
         frm="Priya Sandhu <priya.sandhu@hollinsworthcare.co.uk>",
         intent="out_of_office", return_date="2026-12-02",
         note="Auto-reply: back in the office on Wednesday 2nd December. The colleague address is the auto-reply's own, not a request to change contact.",
         body="""Thank you for your message. I am currently on annual leave and will be back in the office on Wednesday 2nd December.

Invoices and supplier queries should be sent to accountspayable@hollinsworthcare.co.uk, where they will be picked up by a colleague.

Priya Sandhu | Finance Assistant | Hollinsworth Care Homes Ltd"""),

    dict(id="s6en018", country="GB", date="2026-12-01T16:45", fmt="outlook", stage="firm",
         inv="BR-10368", amt="2,375.00", due="2026-10-31",
         frm="Janet Wills <janet@harcourtandsons-builders.co.uk>",
         intent="promise", promise_date="2026-12-04",
         note="Dictated letter: pay in full 'by close of play Friday', written Tuesday 1 Dec: Friday 4 Dec. The request to waive interest is secondary.",
         body="""Dear Sirs

Dictated by Mr Harcourt and signed in his absence.

Re: Invoice BR-10368 - 27 Elmfield Avenue

I am sorry this invoice has run over. We were waiting on a stage payment from the client, which has now been received, and I have instructed my office to pay your invoice in full by close of play Friday.

I would be grateful if the statutory interest referred to in your letter could be waived on this occasion, given that we have used your firm on every job for the last six years.

Yours faithfully

R. J. Harcourt
Harcourt & Sons (Builders)
pp. Janet Wills, Office Manager"""),

    dict(id="s6en019", country="FR", loc="GB", date="2026-11-27T10:05", fmt="apple", stage="second_reminder",
         inv="FA-2026-0889", amt="6 920,00", due="2026-11-15",
         frm="Nigel Brandreth <nigel.brandreth@icloud.com>",
         intent="other",
         note="Asks to be phoned by someone who speaks English; unsure whether the balance is due yet, but does not contest it: a call request.",
         body="""Hello,

I'm afraid I can't follow all of your letter, my French isn't up to much. Could somebody who speaks English give me a ring to go through where we are with this? I had understood from Thierry that the final payment wasn't due until the oak frame on the carport was finished, but I may well have got the wrong end of the stick.

I'm on +44 7700 900731, any weekday after 2pm your time is best.

Thanks,
Nigel

Sent from my iPad"""),

    dict(id="s6en020", country="GB", date="2026-11-30T12:20", fmt="gmail", stage="repeat",
         inv=[("BR-10372", "180.00", "2026-10-26"), ("BR-10384", "180.00", "2026-11-02"), ("BR-10398", "245.00", "2026-11-09")],
         frm="Sue Ellingham <sue@ellinghamproperties.co.uk>",
         intent="paid", paid_on="2026-11-30",
         note="Landlord: all three paid 'this morning' (30 Nov) in one BACS payment; also asks for the gas safety certificates again (not the invoices).",
         body="""Hi,

All three of these went this morning by BACS, £605 in one payment (ref ELLINGHAM GAS SAFE). Sorry, I'd been waiting for the tenants' rent to clear before paying for the gas safety checks.

Could you send me the three certificates again for 9 Moor Lane, 11 Moor Lane and Flat 2 Station Road? My letting agent needs them for the files.

Thanks
Sue"""),

    dict(id="s6en021", country="GB", date="2026-11-13T20:02", fmt="apple", stage="second_reminder",
         inv="BR-10378", amt="1,150.00", due="2026-10-29",
         frm="Kev Barlow <kbarlow1971@sky.com>",
         intent="dispute",
         note="Refuses to pay until damage caused by the job is put right; the 'stop sending these emails' is secondary to the dispute.",
         body="""Your joking. Your bloke left a joint leaking under my kitchen sink and its come through the ceiling of the utility. Ive got a £600 quote to replace the plasterboard and the flooring is ruined.

Im not paying a penny until youve put right the damage you caused. and stop sending me these emails every 2 days, ring me like a normal business.

K Barlow

Sent from my iPhone"""),

    dict(id="s6en022", country="GB", date="2026-11-25T08:40", fmt="html_gmail", stage="reminder",
         inv="BR-10396", amt="3,200.00", due="2026-11-11",
         frm="Seán Kiely <sean@kielymechanical.ie>",
         intent="promise", promise_date="2026-12-04",
         note="Irish subcontractor: 'I'll sort it on the 4th', written 25 Nov: 4 Dec.",
         body="""Morning,

Apologies, this one got missed when our office manager was out. I've it approved now and I'll sort it on the 4th when the funds from the main contractor clear. It'll come from our Bank of Ireland account in sterling so it might take a day to land.

Sorry again for the delay.

Seán Kiely
Kiely Mechanical Ltd
Little Island, Co. Cork
+353 21 496 0283"""),

    dict(id="s6en023", country="GB", date="2026-12-02T08:14", fmt="gmail", stage="heads_up",
         inv="BR-10431", amt="89.00", due="2026-12-07",
         frm="Alan Prescott <a.prescott@btinternet.com>",
         intent="unsubscribe",
         note="Asks to be taken off the automated emails; he pays by cheque on the paper invoice.",
         body="""Please take me off these automated emails. I've had three in a week for an £89 service and I pay all my bills by cheque when the paper invoice comes in the post, as I always have.

Unsubscribe.

A. Prescott"""),

    dict(id="s6en024", country="GB", date="2026-11-24T09:50", fmt="outlook", fwd=True, stage="reminder", ago=1,
         inv="BR-10389", amt="520.00", due="2026-11-06",
         frm="Reception <reception@pateldentalcare.co.uk>",
         intent="paid", paid_on="2026-11-20",
         note="Receptionist writes for Dr Patel: paid 'Fri 20/11' by card over the phone.",
         body="""Hi,

Forwarding this on behalf of Dr Patel. He asked me to let you know it was paid on Fri 20/11 by card over the phone with a lady in your office. Could you check and mark it as paid please? He says he had an email receipt but can't find it now.

Many thanks,
Chloe
Reception, Patel Dental Care"""),

    dict(id="s6en025", country="GB", date="2026-12-04T13:02", fmt="gmail", stage="reminder",
         inv="BR-10415", amt="1,728.00", due="2026-11-20",
         frm="Lee Hammond <lee@hammondjoinery.co.uk>",
         intent="promise", promise_date="2026-12-10",
         note="'Will pay next Thurs', written Friday 4 Dec: Thursday 10 Dec. Also asks for a VAT invoice; the promise drives the action.",
         body="""Hi

Will pay next Thurs. Quick one though - is the 1,728 inc VAT? the quote I had from Darren said 1,440 + VAT which comes to the same I know, but the invoice doesnt show your VAT number and my accountant will moan if I havent got a proper VAT invoice. Can you send one that shows it?

Cheers
Lee"""),

    dict(id="s6en026", country="FR", loc="GB", date="2026-11-30T17:30", fmt="tb", stage="firm",
         inv="FA-2026-0912", amt="3 850,00", due="2026-11-20",
         frm="David & Karen Oakes <oakes.dk@gmail.com>",
         intent="dispute",
         note="Contests the amount: signed quote €3,200, invoice €3,850, no extras agreed. Offers to pay the quoted figure only.",
         body="""Bonjour,

We are writing in English as we did at the start of the job, I hope that is still OK.

Your devis of 14 August for the new staircase was €3,200 TTC, signed by both of us, and that is the figure we agreed. The invoice is for €3,850. Nobody asked us about any extras and we did not agree to any. The only change was the handrail in oak instead of pine, which Thierry told us on site would make "no difference".

We are happy to pay €3,200 straight away, but not €3,850. Please send us a corrected invoice, or explain the extra €650 in writing.

Regards,
David and Karen Oakes
Le Bourg, Sigoulès"""),

    dict(id="s6en027", country="GB", date="2026-12-03T19:12", fmt="apple", stage="reminder",
         inv="BR-10419", amt="145.00", due="2026-11-23",
         frm="Margaret Shaw <margaret.shaw33@talktalk.net>",
         intent="copy_request",
         note="The pay link does not open; asks for the invoice as an attachment or by post.",
         body="""Dear Sir

I am trying to pay your bill but when I press the link it just says page not found. Could you send me the invoice as an attachment or in the post please, so I can see what it is for and pay it at the bank. Is it for the boiler service in October?

Thank you

Margaret Shaw (Mrs)

Sent from my iPad"""),

    dict(id="s6en028", country="GB", date="2026-12-18T15:35", fmt="ooo", stage="second_reminder",
         inv="BR-10420", amt="2,930.00", due="2026-11-30",
         frm="School Office <office@ashbyroadprimary.leics.sch.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="School office closed for Christmas, reopens Monday 4th January 2027.",
         body="""Thank you for your email.

The school office is now closed for the Christmas holidays and will reopen on Monday 4th January 2027. Emails will not be monitored during this time.

If your email concerns a safeguarding matter, please contact the Local Authority duty team on 0116 496 0050.

We wish you a very happy Christmas.

Ashby Road Primary School"""),

    dict(id="s6en029", country="GB", date="2026-12-02T17:48", fmt="gmail", stage="firm",
         inv="BR-10386", amt="4,125.00", due="2026-11-06",
         frm="Gary Tulloch <gary@tullochbuildingservices.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="'by the end of next week, no matter what', written Wednesday 2 Dec: next week is 7-11 Dec, so Friday 11 Dec.",
         body="""Alright,

Sorry mate I know this is well overdue. The client on the Rothley extension is dragging his heels on the final valuation and until he pays me I cant pay you, simple as that. Hes promised it this week.

I'll definitely have yours over to you by the end of next week, no matter what. If he still hasnt paid I'll move money over from the other account.

Dont put the interest on please, I'll get it sorted.

Gary
Tulloch Building Services
07700 900118"""),

    dict(id="s6en030", country="GB", date="2026-12-10T11:25", fmt="html_gmail", stage="reminder",
         inv="BR-10417", amt="612.40", due="2026-11-27",
         frm="The Wheatsheaf <thewheatsheafquorn@gmail.com>",
         intent="paid", paid_on="2026-12-09",
         note="'Paid yesterday', written Thursday 10 Dec: 9 Dec.",
         body="""Hi

Paid yesterday, sorry for the delay.

Jo
The Wheatsheaf"""),
    dict(id="s6en031", country="GB", date="2026-12-07T10:30", fmt="html_outlook", stage="firm",
         inv="BR-10401", amt="1,870.00", due="2026-11-10",
         frm="Bev Okafor <bev.okafor@leicestercommunityfoodbank.org.uk>",
         intent="plan_request",
         note="Charity asks to pay in instalments (£300 this month, rest over January and February); no firm date.",
         body="""Dear Accounts Team,

Thank you for your patience with this invoice for the kitchen boiler at the Belgrave hub.

I'm sorry to say our grant from the council has been delayed until January, and December is our busiest month for food parcels. Would you be willing to let us pay in instalments? We could manage £300 this month and then split the remaining balance over January and February, once the grant is through.

I appreciate this isn't ideal and I'm very happy to discuss it on the phone.

With thanks and best wishes,

Bev Okafor
Operations Coordinator
Leicester Community Foodbank
Registered Charity No. 1167425"""),

    dict(id="s6en032", country="GB", date="2026-12-08T14:05", fmt="outlook", stage="second_reminder",
         inv="BR-10408", amt="2,460.00", due="2026-11-19",
         frm="Mark Gilbert <mark.gilbert@gilbertandpryce.co.uk>",
         intent="bank_details",
         note="Asks the firm to confirm its bank details (invoice PDF differs from the account paid before) before paying.",
         body="""Hi,

Before I release this, can you confirm your bank details? The PDF attached to the invoice has sort code 30-96-26 but the last two payments we made to you went to a NatWest account ending 4471. I don't want to send £2,460 to the wrong place.

A quick reply with the correct sort code and account number (or a call to me on 0116 496 0812) will do and I'll pay it the same day.

Thanks,
Mark Gilbert
Financial Controller
Gilbert & Pryce Estates Ltd"""),

    dict(id="s6en033", country="GB", date="2026-12-09T09:12", fmt="html_outlook", stage="reminder",
         inv="BR-10422", amt="845.00", due="2026-11-30",
         frm="Accounts Payable <ap@coldharbourmedical.co.uk>",
         intent="promise", promise_date="2026-12-15",
         note="Scheduled for payment on 15.12.26 (day first): 15 Dec 2026.",
         body="""Dear Supplier,

Your invoice BR-10422 has been registered on our system and is scheduled for payment on 15.12.26 via BACS.

Please allow 2-3 working days for funds to clear before contacting us.

Kind regards,
Accounts Payable
Coldharbour Medical Logistics Ltd
T: 0113 496 0277

This message has been scanned for viruses and dangerous content."""),

    dict(id="s6en034", country="GB", date="2026-12-10T15:40", fmt="outlook", stage="second_reminder",
         inv="BR-10426", amt="1,395.00", due="2026-12-01",
         frm="Purchase Ledger <purchaseledger@kestongroupfm.co.uk>",
         intent="dispute",
         note="Says the works were cancelled before any visit; asks for the invoice to be cancelled.",
         body="""Good afternoon,

We are unable to pay invoice BR-10426. The works it refers to (replacement of the water heater at our Barnsley depot, PO 4500318842) were cancelled by our facilities manager, Claire Dunn, by email on 6th November, before your engineer attended. We have no record of any visit and the site log shows no contractor sign-in that week.

Please cancel the invoice and issue a credit note. If you believe the works were carried out, please send us the signed job sheet.

Regards,
Hannah Price
Purchase Ledger
Keston Group Facilities"""),

    dict(id="s6en035", country="GB", date="2026-12-11T12:00", fmt="html_outlook", stage="final_notice",
         inv="BR-10363", amt="5,640.00", due="2026-10-16",
         frm="Insolvency Team <cases@marlowedrake-ip.co.uk>",
         intent="other",
         note="Liquidators' letter: the debtor is in creditors' voluntary liquidation; creditor must file a proof of debt.",
         body="""Dear Sirs

RE: CRANLEIGH DEVELOPMENTS (MIDLANDS) LIMITED - IN CREDITORS' VOLUNTARY LIQUIDATION
Company Number: 09821476

We write to advise that Andrew Marlowe and Sarah Drake of Marlowe Drake Insolvency Practitioners were appointed Joint Liquidators of the above company on 4 December 2026.

The company has ceased trading and its directors no longer have authority to deal with its affairs. Your email has been passed to us as it was received at the company's address.

If you wish to claim in the liquidation, please complete the attached proof of debt form and return it to this office with supporting documents (copies of the outstanding invoices and a statement of account). Notice of the decision procedure will be sent to all known creditors in due course.

Please do not contact the directors directly regarding this debt.

Yours faithfully

J. Osei
Case Administrator
For and on behalf of Cranleigh Developments (Midlands) Limited
Marlowe Drake Insolvency Practitioners

Andrew Marlowe and Sarah Drake are licensed in the UK as insolvency practitioners by the Insolvency Practitioners Association. The affairs, business and property of the company are being managed by the Joint Liquidators, who act as agents of the company and without personal liability."""),

    dict(id="s6en036", country="GB", date="2026-12-10T21:55", fmt="apple", stage="reminder",
         inv="BR-10424", amt="160.00", due="2026-11-26",
         frm="Aoife Brennan <aoifebrennan88@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="Irish consumer, phone-typed: 'paid that on tue', written Thursday 10 Dec: Tuesday 8 Dec.",
         body="""hiya paid that on tue sorry for the delay, was waiting on wages. used the link in yer email so it shud of gone thru ok. let me know if not

aoife

Sent from my iPhone"""),

    dict(id="s6en037", country="GB", date="2026-12-17T11:05", fmt="outlook", stage="reminder",
         inv="BR-10429", amt="3,780.00", due="2026-12-04",
         frm="Accounts <accounts@tennysonhomes.co.uk>",
         intent="promise", promise_date="2026-12-29",
         note="'first working day after the Christmas break', closed from 24 Dec until after the bank holidays: Christmas Day Fri 25 Dec, Boxing Day substitute Mon 28 Dec (England), so Tuesday 29 Dec.",
         body="""Hi,

Our last payment run before Christmas went yesterday and unfortunately this one missed the cut-off as it hadn't been signed off by the site manager.

It's now approved and will go out on the first working day after the Christmas break (we're closed from 24th December until after the bank holidays).

Have a good Christmas,
Emma
Accounts Assistant
Tennyson Homes Ltd"""),

    dict(id="s6en038", country="GB", date="2026-11-30T08:03", fmt="ooo", stage="second_reminder",
         inv="BR-10399", amt="715.00", due="2026-11-12",
         frm="Stuart Lamb <s.lamb@thegrangehotel-melton.co.uk>",
         intent="out_of_office", return_date="2026-12-07",
         note="Auto-reply: away until Friday 4th, back in the office Monday 7 December.",
         body="""Hello,

Thanks for your email. I'm away until Friday 4th December with only occasional access to email. I'm back in the office on Monday 7 December and will reply then.

For anything urgent about supplier payments please call the hotel on 01664 496220 and ask for the duty manager.

Stuart Lamb
Financial Controller
The Grange Hotel, Melton Mowbray"""),

    dict(id="s6en039", country="FR", loc="GB", date="2026-12-07T20:40", fmt="gmail", stage="second_reminder",
         inv="FA-2026-0928", amt="1 460,00", due="2026-11-25",
         frm="Rachel Pym <rachel.pym@hotmail.com>",
         intent="promise", promise_date="2026-12-12",
         note="'I'll make the transfer on Sat 12/12' (day first): Saturday 12 Dec. Also asks for a copy of the invoice in English; the promise drives the action.",
         body="""Hi,

So sorry, I thought my husband had paid this and he thought I had! Classic.

We're coming out to the house on Friday for Christmas and I'll make the transfer on Sat 12/12 once I've moved some money into our Crédit Agricole account. Is it possible to have a copy of the invoice in English too? The notaire wants a list of the works done on the house for the file.

Merci and sorry again,
Rachel"""),

    dict(id="s6en040", country="GB", date="2026-12-14T09:20", fmt="html_outlook", stage="reminder",
         inv="BR-10427", amt="1,090.00", due="2026-12-02",
         frm="Kathryn Doyle <k.doyle@hinckleyparkacademy.org.uk>",
         intent="contact_change", new_email="finance@hinckleyparkacademy.org.uk",
         note="Former business manager has left; asks that invoices and reminders go to the shared finance mailbox.",
         body="""Good morning,

Please note that Mrs Harrison, our former School Business Manager, left at the end of October and her mailbox is no longer monitored. Your reminder has been passed on to me.

Could you please update your records so that all invoices, statements and reminders are sent to finance@hinckleyparkacademy.org.uk from now on? This is a shared mailbox and will reach whoever is covering.

I will look into the invoice itself and come back to you.

Kind regards

Kathryn Doyle
Finance Assistant
Hinckley Park Academy"""),

    dict(id="s6en041", country="GB", date="2026-12-03T10:15", fmt="outlook", stage="second_reminder",
         inv=[("BR-10393", "1,120.00", "2026-11-05"), ("BR-10394", "376.50", "2026-11-05"), ("BR-10405", "2,050.00", "2026-11-12")],
         frm="Nadia Rahman <remittances@oakfieldhousing.org.uk>",
         intent="paid", paid_on="2026-12-02",
         note="Remittance advice: paid in 'yesterday's BACS run', payment date 02/12/2026 (day first). Invoice dates in the table are not payment dates.",
         body="""Hi,

Sorry for the delay, please see the remittance below. These were paid in yesterday's BACS run.

REMITTANCE ADVICE
Payer: Oakfield Housing Association
Supplier: BLACKTHORN & READE HEATING LTD    Supplier No: 100482
Payment date: 02/12/2026    Payment method: BACS
Payment ref: OHA-BACS-0021873

Invoice       Inv date      Amount
BR-10393      06/10/2026    £1,120.00
BR-10394      06/10/2026    £376.50
BR-10405      13/10/2026    £2,050.00
Total paid                  £3,546.50

Regards,
Nadia
Finance Team, Oakfield Housing Association

Oakfield Housing Association is a charitable Community Benefit Society, registered with the Regulator of Social Housing."""),

    dict(id="s6en042", country="GB", date="2026-11-12T15:30", fmt="gmail", stage="reminder",
         inv="BR-10374", amt="180.00", due="2026-10-28",
         frm="Brian Roe <brianroe47@aol.com>",
         intent="paid", paid_on="2026-10-14",
         note="Paid the engineer in cash on the day of the visit, 'Wednesday 14th October', and holds a receipt.",
         body="""Dear Sirs,

I have received your email saying I owe £180 for the boiler service. I paid your engineer, a young man called Jordan, in cash on the day he came, which was Wednesday 14th October. He wrote me a receipt on one of your forms and I have it here in front of me.

I would be grateful if you would check with him and correct your records.

Yours faithfully,
B. Roe"""),

    dict(id="s6en043", country="GB", date="2026-12-08T13:10", fmt="gmail", stage="firm",
         inv="BR-10411", amt="2,640.00", due="2026-11-13",
         frm="Lisa Pritchard <lisapritchard.home@gmail.com>",
         intent="promise", promise_date="2026-12-18",
         note="Wife replies for her husband offshore: 'He's home on the 18th and will pay it that day', written 8 Dec: 18 Dec.",
         body="""Hello,

My husband Gareth forwarded me your email as he's offshore at the moment and only gets wifi now and again. He knows it's late and he's sorry. He's home on the 18th and will pay it that day, he's the only one who can authorise payments on the business account.

If you need to speak to someone before then I'm on 07700 900562.

Lisa Pritchard
(for G. Pritchard Heating & Plumbing)"""),

    dict(id="s6en044", country="GB", date="2026-11-16T14:50", fmt="outlook", stage="reminder",
         inv="BR-10392", amt="487.20", due="2026-11-03",
         frm="Manager - Leicester Highcross <leicester.highcross@bramblecoffee.co.uk>",
         intent="promise", promise_date="2026-11-27",
         note="Store manager passed it to head office, who pay suppliers on 'the last Friday of the month': written 16 Nov, last Friday of November is 27 Nov.",
         body="""Hi,

I'm just the store manager here so I don't handle payments, but I've passed your email to our head office accounts team. They've told me supplier invoices go out on the last Friday of the month so yours should be paid then.

Any problems give them a ring on 0161 496 0340.

Thanks
Jamie"""),

    dict(id="s6en045", country="GB", date="2026-12-15T10:45", fmt="html_outlook", stage="final_notice",
         inv="BR-10361", amt="8,400.00", due="2026-10-22",
         frm="Owen Redmayne <commercial@redmaynecontractors.co.uk>",
         intent="dispute",
         note="Main contractor says 95% was paid and the rest is contractual retention not yet due: contests the amount claimed.",
         body="""Dear Sirs

Your invoice BR-10361 is not due for payment in full.

Under clause 14.3 of the subcontract order dated 3 June 2026 we are entitled to hold 5% retention, released as to half on practical completion and half at the end of the 12-month defects period. The sum of £7,980.00 (95%) was paid to you on 30 October. The balance of £420.00 is retention and is not yet payable.

Please correct your ledger accordingly and stop sending final notices on this account. Any further correspondence on retention should be addressed to me.

Yours faithfully

Owen Redmayne
Commercial Manager
Redmayne Contractors Ltd"""),
    dict(id="s6en046", country="GB", date="2026-12-16T09:03", fmt="bounce",
         inv="BR-10430", amt="265.00", due="2026-12-01",
         rcpt="paul@pjplasteringservices.co.uk", status="5.2.2",
         diag="552 5.2.2 <paul@pjplasteringservices.co.uk>: Mailbox full: quota exceeded",
         remote="mx.pjplasteringservices.co.uk", subj="Undelivered Mail Returned to Sender",
         intent="bounce",
         note="Delivery failure: the recipient's mailbox is full (permanent failure).",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     paul@pjplasteringservices.co.uk

Technical details of permanent failure:
The recipient's mailbox is full and can't accept messages now. The remote server said: 552 5.2.2 Mailbox full: quota exceeded"""),

    dict(id="s6en047", country="GB", date="2026-12-10T17:25", fmt="html_outlook", stage="second_reminder",
         inv="BR-10421", amt="1,325.00", due="2026-11-30",
         frm="Tom Fairbairn <tom@fairbairnlets.co.uk>",
         intent="promise", promise_date="2026-12-14",
         note="'I'll settle it Monday the 14th first thing', written Thursday 10 Dec: Monday 14 Dec.",
         body="""Hi there,

Apologies - I was sure this had gone. I've just checked and it's sitting in my online banking as an unsent payment, which is a bit embarrassing.

I'm away until the weekend and need my card reader to authorise it, so I'll settle it Monday the 14th first thing.

Regards,
Tom Fairbairn
Fairbairn Lettings"""),

    dict(id="s6en048", country="GB", date="2026-12-15T18:20", fmt="gmail", stage="final_notice",
         inv="BR-10390", amt="1,760.00", due="2026-11-04",
         frm="Colin Mayhew <colin@mayhewautos.co.uk>",
         intent="paid", paid_on="2026-12-01",
         note="Angry reply to the final notice: 'PAID on the 1st', written 15 Dec: 1 Dec.",
         body="""This was PAID on the 1st. £1,760 by bank transfer, the money left my account the same day, I've got the statement in front of me.

Check your own records before sending threatening letters about debt collectors. Very unprofessional. If I get another one of these I'll be going elsewhere for the garage heating next year.

Colin Mayhew
Mayhew Autos"""),

    dict(id="s6en049", country="GB", date="2026-12-21T09:10", fmt="ooo", stage="reminder",
         inv="BR-10433", amt="540.00", due="2026-12-09",
         frm="Sophie Turnbull <sophie.turnbull@wrekinveterinary.co.uk>",
         intent="out_of_office",
         note="Auto-reply: on maternity leave, returning 'in spring 2027': no day, so no return_date.",
         body="""Hi, thanks for your email.

I'm currently on maternity leave and will be returning in spring 2027. In the meantime please send anything to do with invoices or payments to my colleague Daniel Hughes at daniel.hughes@wrekinveterinary.co.uk.

Sophie"""),

    dict(id="s6en050", country="GB", date="2026-12-14T23:40", fmt="apple", stage="second_reminder",
         inv="BR-10416", amt="1,480.00", due="2026-11-26",
         frm="Denise Hollis <denise@theroseandcrownbarrow.co.uk>",
         intent="promise",
         note="Pub landlady commits to clear it 'early in the new year once the takings are in': vague, no promise_date.",
         body="""Hi love,

Really sorry, I know it's late. November was dead and I've had the brewery on my back as well. December's looking busy with all the Christmas bookings so I'll clear yours early in the new year once the takings are in, you have my word.

The new boiler's been a godsend, we'd have lost the function room bookings without it.

Denise x
Rose & Crown, Barrow upon Soar

Sent from my iPhone"""),
]
