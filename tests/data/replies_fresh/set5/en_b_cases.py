"""Set 5, English part B: handwritten debtor replies s5en101-s5en150 (US, GB and a French firm's English-speaking customers)."""

CASES = [
    dict(id="s5en101", country="US", date="2026-11-10T14:12", fmt="html_outlook", ago=3,
         inv="TMP-10482", amt="4,870.00", due="2026-10-26",
         frm="Accounts Payable - Brennan Hollis Properties <ap@brennanhollis.com>",
         intent="paid", paid_on="2026-11-06",
         note="AP says the ACH was released 11/6 (month-first, US) -> 2026-11-06.",
         body="""Good afternoon,

Our records show that invoice TMP-10482 was paid in full via ACH. The payment was released on 11/6 and should settle in your account within 1-2 business days.

ACH Trace #: 021000021847733
Amount: $4,870.00

If the funds have not posted by end of day Thursday, please reply to this email with a copy of your bank statement and we will open an inquiry with our bank.

Thank you,

Renee Kowalczyk
Accounts Payable Specialist
Brennan Hollis Properties, LLC
P: 614-555-0193 | ap@brennanhollis.com

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message."""),

    dict(id="s5en102", country="US", date="2026-11-16T19:40", fmt="gmail", ago=4,
         inv="TMP-10503", amt="385.00", due="2026-10-30",
         frm="Dale Hupp <dalehupp.garage@gmail.com>",
         intent="paid", paid_on="2026-11-13",
         note="'check's in the mail', mailed 'friday'; reply is Monday 11/16 so last Friday = 2026-11-13.",
         body="""check's in the mail, dropped it off at the post office friday. should be there any day

Dale"""),

    dict(id="s5en103", country="US", date="2026-11-18T07:55", fmt="apple", ago=1,
         inv="TMP-10511", amt="640.00", due="2026-11-02",
         frm="Tasha Greer <tashagreer88@yahoo.com>",
         intent="promise", promise_date="2026-11-20",
         note="'this Friday when I get paid', reply Wednesday 11/18 -> Friday 2026-11-20.",
         body="""Hi, I know I'm late on this. I'll pay it this Friday when I get paid, you can run my card then if that's easier.

Sorry!
Tasha

Sent from my iPhone"""),

    dict(id="s5en104", country="US", date="2026-11-24T10:05", fmt="outlook", ago=1, stage="second_reminder", fwd=True,
         inv="TMP-10467", amt="2,915.40", due="2026-10-19",
         frm="Megan Solis <msolis@lakeviewpediatrics.com>",
         cc="Anita Patel MD <apatel@lakeviewpediatrics.com>",
         subj="FW: Second reminder: invoice TMP-10467 overdue – Tamarack Mechanical & Plumbing Inc.",
         intent="promise", promise_date="2026-12-03",
         note="Office manager forwarded by the doctor; commits to the check run on 12/3 -> 2026-12-03.",
         body="""Hello,

Dr. Patel forwarded this to me since I handle the practice's bills. Apologies for the delay - the invoice for the rooftop unit repair got stuck in her inbox and never made it to me.

I've entered it and it will go out in our next check run, which is Thursday 12/3. If you'd rather have it by ACH, send me your banking info on letterhead and I can switch it.

Thanks,

Megan Solis
Practice Manager
Lakeview Pediatrics
2840 Lakeview Dr, Suite B | Columbus, OH 43215
Office (614) 555-0117 | Fax (614) 555-0118

-----Original Message-----
From: Anita Patel MD <apatel@lakeviewpediatrics.com>
Sent: Monday, November 23, 2026 8:47 PM
To: Megan Solis <msolis@lakeviewpediatrics.com>
Subject: FW: Second reminder: invoice TMP-10467 overdue – Tamarack Mechanical & Plumbing Inc.

Megan can you take care of this? I thought we paid it.

Sent from my iPhone"""),

    dict(id="s5en105", country="US", date="2026-11-25T09:31", fmt="ooo", ago=0,
         inv="TMP-10529", amt="1,120.00", due="2026-11-09",
         frm="Gregory Tran <gtran@ohiovalleyfreight.com>",
         intent="out_of_office", return_date="2026-11-30",
         note="Auto-reply: out for Thanksgiving, 'returning Monday, November 30' -> 2026-11-30.",
         body="""Thank you for your email. I am out of the office for the Thanksgiving holiday with no access to email, returning Monday, November 30.

For urgent facilities matters please call our front desk at (614) 555-0150. For invoices and payment status, please contact accountspayable@ohiovalleyfreight.com.

Happy Thanksgiving!

Greg Tran
Facilities Manager | Ohio Valley Freight"""),

    dict(id="s5en106", country="US", date="2026-11-12T16:48", fmt="html_gmail", ago=2,
         inv="TMP-10495", amt="1,486.00", due="2026-10-28",
         frm="Carla Benedetti <carla@benedettirentals.com>",
         intent="dispute",
         note="Contests the labor charge (warranty) and the hours billed; refuses to pay as invoiced.",
         body="""Hi there,

Before anyone chases me again on this one - I'm not paying TMP-10495 as billed.

1) The water heater your guys replaced at 2231 Oakland Park Ave was installed by Tamarack in March 2025 and is still under your 2-year labor warranty. We shouldn't be billed labor at all, just the part if it isn't covered by the manufacturer.

2) Even if labor applied, my tenant says your tech was there about an hour and a half, not the 3.5 hours on the invoice.

Please send a corrected invoice or have your service manager call me. Happy to pay what's fair.

Carla Benedetti
Benedetti Rentals
(614) 555-0166"""),

    dict(id="s5en107", country="GB", date="2026-11-19T21:03", fmt="gmail", ago=2,
         inv="PL-2644", amt="780.00", due="2026-11-05",
         frm="Jess Trethewey <jesstrethewey@hotmail.co.uk>",
         intent="promise", promise_date="2026-11-30",
         note="'I'll transfer it on the 30th when I get paid' in a November mail -> 2026-11-30.",
         body="""Hiya,

So sorry, this completely slipped my mind with everything going on. The garden looks amazing by the way, the new patio has been used loads already!

I'll transfer it on the 30th when I get paid, if that's ok?

Jess x"""),

    dict(id="s5en108", country="GB", date="2026-11-13T11:26", fmt="outlook", ago=3, stage="second_reminder",
         inv="PL-2603", amt="3,260.00", due="2026-10-16",
         frm="Sunita Rao <sunita.rao@carnmarthhotel.co.uk>",
         intent="paid", paid_on="2026-11-10",
         note="Paid 'by BACS on Tuesday'; reply Friday 13 November -> Tuesday 2026-11-10.",
         body="""Good morning,

This was paid by BACS on Tuesday - I have attached the remittance advice for your records. It may have crossed with your reminder.

Our reference on the payment was CARNMARTH PL2603.

Kind regards,

Sunita Rao
Finance Assistant
Carnmarth Hotel & Spa
Tel: 01872 555 902

This email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Carnmarth Hotel Ltd is registered in England and Wales, No. 04417786."""),

    dict(id="s5en109", country="FR", date="2026-11-11T17:20", fmt="gmail", ago=1,
         inv="CMJ-26-0418", amt="2 340,00", due="2026-10-31",
         frm="Oliver Whitcombe <oliver.whitcombe@gmail.com>",
         intent="copy_request",
         note="The payment link will not open; asks for the invoice as a PDF.",
         body="""Hello,

Thanks for the reminder. I've tried the link in your email twice from two different laptops and it just gives me a blank page (maybe it's blocked over here?).

Could you please email me the invoice itself as a PDF? I also need it for my company as the chalet week was partly a team offsite, so if it could show "Whitcombe Design Ltd" that would be ideal.

Many thanks,
Oliver"""),

    dict(id="s5en110", country="US", date="2026-12-02T13:37", fmt="gmail", ago=2, stage="firm",
         inv="TMP-10452", amt="6,240.00", due="2026-10-15",
         frm="Ray Okafor <ray@okaforbrewing.com>",
         intent="plan_request",
         note="Asks to split the balance into three payments; no date committed.",
         body="""Hey folks,

I'm not dodging you, I promise. The walk-in cooler install was worth every penny, but November was brutal for us and we got hit with a big tax bill on top of it.

Is there any way we could split the $6,240 into three payments? I'd rather be upfront about it than make promises I can't keep. Let me know what works on your end.

Thanks for your patience,
Ray Okafor
Owner, Okafor Brewing Co."""),

    dict(id="s5en111", country="US", date="2026-11-17T09:12", fmt="html_outlook", ago=1,
         inv="TMP-10520", amt="912.75", due="2026-11-06",
         frm="Jason Merriweather <jmerriweather@brightlinelogistics.com>",
         intent="contact_change", new_email="ap@brightlinelogistics.com",
         note="Operations contact asks that invoices go to the AP mailbox instead.",
         body="""Hi,

I'm the operations manager at our Groveport warehouse and I don't process payments. Please send all invoices and statements to our AP department at ap@brightlinelogistics.com and update your billing contact - that's the only way it gets into our system.

I've forwarded this one to them as well.

Thanks,
Jason Merriweather
Operations Manager | Brightline Logistics
Groveport DC"""),

    dict(id="s5en112", country="US", date="2026-12-01T15:44", fmt="tb", ago=1,
         inv="TMP-10538", amt="1,755.00", due="2026-11-16",
         frm="Hal Ostrowski <hal@ostrowskimachine.com>",
         intent="promise", promise_date="2026-12-04",
         note="'check cut by EOW', reply Tuesday 12/1 -> end of week Friday 2026-12-04.",
         body="""Got it. I'll have our office cut a check by EOW.

Hal"""),

    dict(id="s5en113", country="US", date="2026-11-10T09:34", fmt="bounce",
         inv="TMP-10476", amt="528.00", due="2026-10-23",
         rcpt="jfarrow@harlanfoodsinc.com", status="5.1.1",
         diag="550 5.1.1 <jfarrow@harlanfoodsinc.com>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="harlanfoodsinc-com.mail.protection.outlook.com",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     jfarrow@harlanfoodsinc.com

Technical details of permanent failure:
The recipient's mail server rejected the address: user unknown."""),

    dict(id="s5en114", country="GB", date="2026-11-23T18:15", fmt="apple", ago=3, stage="second_reminder",
         inv="PL-2591", amt="2,180.00", due="2026-10-09",
         frm="Malcolm Pascoe <m.pascoe@btinternet.com>",
         intent="dispute",
         note="Says the turf has died in patches and withholds the balance until it is inspected.",
         body="""I've had two reminders from you now and I'll say the same thing I said to Dean on the phone.

The turf you laid in September has died back in patches all along the back fence - about a third of the lawn. I've watered it as I was told to. I'm not paying the balance until someone comes out and looks at it and puts it right.

Malcolm Pascoe

Sent from my iPad"""),

    dict(id="s5en115", country="US", date="2026-12-08T11:20", fmt="outlook", ago=1, stage="second_reminder",
         inv=[("TMP-10531", "3,412.00", "2026-11-10"), ("TMP-10544", "1,190.50", "2026-11-17")],
         frm="Lorraine Abbott <labbott@summitridgesenior.org>",
         intent="paid", paid_on="2026-12-08",
         note="Wire sent 'this morning' for both invoices; reply 12/8 -> 2026-12-08.",
         body="""Hi,

The wire for both invoices (TMP-10531 and TMP-10544, total $4,602.50) went out this morning. The Fed reference is 20261208B1Q8152C000347. Please let me know if it hasn't hit by tomorrow afternoon.

Sorry about the delay - we had a change in signers on the account and everything was held up for two weeks.

Lorraine Abbott
Controller
Summit Ridge Senior Living
o: (614) 555-0124"""),

    dict(id="s5en116", country="US", date="2026-12-09T10:02", fmt="html_gmail", ago=2,
         inv="TMP-10557", amt="2,080.00", due="2026-11-23",
         frm="Priya Nandakumar <priya@nandakumarcpa.com>",
         intent="promise", promise_date="2026-12-15",
         note="Scheduled in 'our 12/15 payment run' -> 2026-12-15.",
         body="""Hi Tamarack team,

Thanks for the nudge. It's approved and scheduled for our 12/15 payment run - it will come via ACH from Nandakumar & Associates CPAs.

Best,
Priya

--
Priya Nandakumar, CPA
Nandakumar & Associates
(614) 555-0181"""),

    dict(id="s5en117", country="US", date="2026-12-09T16:30", fmt="ooo", ago=0,
         inv="TMP-10549", amt="860.00", due="2026-11-20",
         frm="Bethany Cole <bcole@westerville-dental.com>",
         intent="out_of_office", return_date="2026-12-14",
         note="Auto-reply: 'returning to the office on Monday 12/14' -> 2026-12-14.",
         body="""Hello,

I am currently out of the office attending a conference and will have limited access to email. I will be returning to the office on Monday 12/14 and will respond to your message then.

If you need immediate assistance, please call the front desk at (614) 555-0139.

Bethany Cole
Office Manager, Westerville Family Dental"""),
    dict(id="s5en118", country="US", date="2026-11-20T12:18", fmt="gmail", ago=3,
         inv="TMP-10515", amt="1,340.00", due="2026-11-03",
         frm="Kevin Delgado <kdelgado@delgadolandscapeco.com>",
         intent="promise", promise_date="2026-11-30",
         note="'the Monday after Thanksgiving' (Thanksgiving 2026 = Thu 11/26) -> Monday 2026-11-30.",
         body="""Hey Tamarack,

Yeah I know, we're behind. Our biggest commercial client pays us the week of Thanksgiving so I'll get this paid the Monday after Thanksgiving. You have my word on it.

Kevin Delgado
Delgado Landscape Co.
c. 614-555-0109"""),

    dict(id="s5en119", country="US", date="2026-11-11T08:10", fmt="apple", ago=2,
         inv="TMP-10488", amt="297.50", due="2026-10-27",
         frm="Sharon Whitfield <swhitfield@icloud.com>",
         intent="paid", paid_on="2026-11-10",
         note="Paid through the portal 'last night'; reply morning of Wed 11/11 -> 2026-11-10.",
         body="""Good morning - I paid this through your online portal last night, you should have a confirmation on your end. The confirmation number I got was 8J2KQ7. Thanks for fixing the disposal so quickly!

Sharon

Sent from my iPad"""),

    dict(id="s5en120", country="GB", date="2026-11-26T14:51", fmt="html_outlook", ago=2,
         inv="PL-2659", amt="5,940.00", due="2026-11-12",
         frm="Graham Nancarrow <g.nancarrow@kernowschools.org.uk>",
         intent="bank_details",
         note="Received a 'change of bank details' email; holds payment until the account is verified by phone.",
         body="""Good afternoon,

Before we process this, we received an email on Monday, apparently from your accounts team, saying that Penhallow's bank details had changed and asking us to pay into a new account (sort code 04-00-75). The email address looked slightly different from yours.

Could you please confirm, by telephone rather than email, whether your bank details have changed? Under our finance procedures we cannot release payment until this has been verified. My direct line is 01872 555 447.

If this wasn't from you, you may want to let your other customers know.

Regards,

Graham Nancarrow
School Business Manager
Kernow Valley Academy Trust

This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Kernow Valley Academy Trust is a charitable company limited by guarantee registered in England and Wales."""),

    dict(id="s5en121", country="US", date="2026-11-13T11:47", fmt="outlook", ago=1,
         inv="TMP-10499", amt="3,075.00", due="2026-10-30",
         frm="Tom Brezinski <tbrezinski@fairwaycountryclub.org>",
         intent="other",
         note="Only says the reminder was passed to accounts payable; no payment commitment or date.",
         body="""Thanks - I've forwarded this over to our accounts payable team for processing.

Tom Brezinski
General Manager
Fairway Country Club"""),

    dict(id="s5en122", country="US", date="2026-11-30T20:26", fmt="gmail", ago=3, stage="firm",
         inv="TMP-10490", amt="2,650.00", due="2026-10-29",
         frm="Mike Sturgill <mikesturgill71@gmail.com>",
         intent="dispute",
         note="Says he was quoted $1,800 and won't pay unauthorized 'additional materials'.",
         body="""This is the third one of these I've gotten and nobody has called me back.

You guys quoted me $1,800 for the sump pump and the drain line. The bill is $2,650. I never authorized any "additional materials" and nobody told me the price was going up while they were here. I'll pay the $1,800 we agreed on and not a dime more.

Have somebody call me. 740-555-0182

Mike"""),

    dict(id="s5en123", country="FR", date="2026-11-12T22:40", fmt="apple", ago=2,
         inv="CMJ-26-0407", amt="1 860,00", due="2026-10-28",
         frm="Hannah Lister <hannahlister@me.com>",
         intent="promise", promise_date="2026-11-17",
         note="'when we're back in London next week - Tuesday at the latest'; reply Thu 12 Nov -> Tuesday 2026-11-17.",
         body="""Hello,

Apologies - we're still travelling and I can't get into our joint account from here. We'll transfer the balance when we're back in London next week, Tuesday at the latest.

Thank you again for a lovely stay, the children haven't stopped talking about the hot tub.

Hannah

Sent from my iPhone"""),

    dict(id="s5en124", country="US", date="2026-12-07T18:05", fmt="html_gmail", ago=3,
         inv="TMP-10561", amt="1,450.00", due="2026-11-24",
         frm="Denise Carrow <denise.carrow@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="Sent half by Zelle today and commits to the rest 'on the 15th' -> 2026-12-15; the open balance drives the next step.",
         body="""Hi,

I just sent $725 by Zelle to the number on your website (memo: TMP-10561), which is half. I'll send the other half on the 15th when my next check comes in. Hope that's OK - the furnace going out right before the cold snap wasn't in the budget!

Thank you,
Denise Carrow"""),

    dict(id="s5en125", country="GB", date="2026-12-15T08:02", fmt="ooo", ago=1,
         inv="PL-2701", amt="1,125.00", due="2026-11-30",
         frm="Amelia Hocking <amelia.hocking@roseland-cottages.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply: leave from 14 December, 'back in the office on 4 January' -> 2027-01-04.",
         body="""Thank you for your email.

I'm on annual leave from 14 December and will be back in the office on 4 January. Emails will not be forwarded. For anything urgent regarding bookings please call 01872 555 611.

Wishing you a very Merry Christmas,
Amelia"""),

    dict(id="s5en126", country="US", date="2026-11-19T07:14", fmt="gmail", ago=1, stage="repeat",
         inv="TMP-10472", amt="165.00", due="2026-10-22",
         frm="Bob Lindqvist <boblindqvist@aol.com>",
         intent="unsubscribe",
         note="Only asks to stop the emails and be removed.",
         body="""STOP emailing me. This is the 4th one of these this month. Take this address off your list."""),

    dict(id="s5en127", country="US", date="2026-12-03T16:22", fmt="tb", ago=2, stage="final_notice",
         inv="TMP-10441", amt="8,730.00", due="2026-10-09",
         frm="Frank DiMarco <fdimarco@dimarcobuilders.com>",
         intent="promise", promise_date="2026-12-10",
         note="'via ACH on or before December 10' -> 2026-12-10 (quoted deadline is 12/9, different).",
         body="""Dictated by Frank DiMarco, typed by Liz

To whom it may concern,

Per my conversation this afternoon with your controller, DiMarco Builders will remit the full balance of $8,730.00 on invoice TMP-10441 via ACH on or before December 10. The delay was due to a pay application on the Hilliard school project that was held up by the owner's architect, which has now been released.

We appreciate your patience and look forward to continuing to work with Tamarack on the Phase 2 mechanical package.

Frank DiMarco
President, DiMarco Builders Inc."""),

    dict(id="s5en128", country="US", date="2026-11-16T13:09", fmt="html_outlook", ago=4,
         inv="TMP-10506", amt="1,918.00", due="2026-10-30",
         frm="Jocelyn Park <jpark@riversidedermcenter.com>",
         intent="dispute",
         note="Says the work was for another tenant (Suite 200), so they owe nothing.",
         body="""Hello,

I think this was sent to us in error. The invoice describes HVAC service at Suite 200 - that is the orthopedic group upstairs. We are Riverside Dermatology Center, Suite 120, and we did not request or receive any service from Tamarack in October.

Please correct your records and remove this invoice from our account.

Thank you,

Jocelyn Park
Billing & Office Manager
Riverside Dermatology Center
4100 Riverside Dr, Suite 120, Columbus, OH 43220
T 614.555.0127

This message may contain protected health information (PHI) and is intended only for the addressee. If you received this message in error, please notify the sender immediately and delete it."""),

    dict(id="s5en129", country="GB", date="2026-11-25T10:44", fmt="gmail", ago=2,
         inv="PL-2668", amt="640.00", due="2026-11-11",
         frm="Rob Tonkin <rob@tonkinplumbing.co.uk>",
         intent="promise", promise_date="2026-12-04",
         note="'by the end of next week'; reply Wednesday 25 November -> Friday 2026-12-04.",
         body="""Morning,

Cheers for the reminder. Cash flow is a bit tight this month with a couple of big jobs not paid yet but you'll have it by the end of next week.

Rob"""),

    dict(id="s5en130", country="US", date="2026-11-24T12:33", fmt="apple", ago=2,
         inv="TMP-10534", amt="455.00", due="2026-11-09",
         frm="Walter Pruitt <waltpruitt@sbcglobal.net>",
         intent="paid", paid_on="2026-11-20",
         note="'Mailed check #4471 on 11/20' -> 2026-11-20.",
         body="""Mailed check #4471 on 11/20 to the Parsons Ave address. Should be there by now, mail is slow around the holidays.

Walt"""),

    dict(id="s5en131", country="US", date="2026-11-18T09:56", fmt="outlook", ago=1,
         inv=[("TMP-10518", "2,260.00", "2026-11-02"), ("TMP-10522", "740.00", "2026-11-04")],
         frm="Accounts Payable <accountspayable@meridianfoodgroup.com>",
         intent="copy_request",
         note="AP needs copies of both invoices referencing the PO before it can process them.",
         body="""Hello,

We are unable to locate TMP-10518 or TMP-10522 in our AP system. All vendor invoices must reference a valid Meridian purchase order to be processed.

Please resend copies of both invoices with PO# 4500077120 shown on the face of the invoice to accountspayable@meridianfoodgroup.com. Invoices without a PO number will be returned.

Regards,
Meridian Food Group - Accounts Payable
Ticket #AP-2026-118834

Please do not change the subject line of this email."""),

    dict(id="s5en132", country="US", date="2026-12-10T22:15", fmt="gmail", ago=2,
         inv="TMP-10566", amt="310.00", due="2026-11-26",
         frm="Nicole Haddad <nicole.haddad.nh@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'tmrw morning', sent Thursday night 12/10 -> 2026-12-11.",
         body="""omg sorry ill pay it tmrw morning, been slammed w work"""),

    dict(id="s5en133", country="FR", date="2026-11-12T09:15", fmt="html_gmail", ago=1,
         inv="CMJ-26-0412", amt="3 150,00", due="2026-10-31",
         frm="James Aldridge <james.aldridge@aldridge-partners.co.uk>",
         intent="paid", paid_on="2026-11-02",
         note="Paid by bank transfer 'on 2 November' -> 2026-11-02.",
         body="""Dear Sir/Madam,

I paid this by bank transfer on 2 November, with the reference CMJ-26-0412, to the IBAN on the booking confirmation. The money has left our account (Barclays), so could you please check again on your side? International transfers sometimes take a few days.

I can send the transfer confirmation if that helps.

Regards,
James Aldridge"""),

    dict(id="s5en134", country="US", date="2026-11-19T17:41", fmt="gmail", ago=2,
         inv="TMP-10526", amt="1,085.00", due="2026-11-05",
         frm="Linda Moravec <lindamoravec@outlook.com>",
         intent="paid", paid_on="2026-11-16",
         note="Husband paid by phone 'on Monday'; reply Thursday 11/19 -> Monday 2026-11-16.",
         body="""Hello,

My husband called your office on Monday and paid this over the phone with his Visa. He spoke with a woman named Trish. Can you please make sure it was applied? We don't want this going to collections.

Thanks,
Linda Moravec"""),
    dict(id="s5en135", country="US", date="2026-11-17T15:28", fmt="html_outlook", ago=2,
         inv="TMP-10492", amt="12,480.00", due="2026-11-03",
         frm="Sandra Liu <sandra.liu@corvanhealth.com>",
         cc="Vendor Maintenance <vendors@corvanhealth.com>",
         intent="promise", promise_date="2026-12-18",
         note="Says terms are Net 45 and commits to pay 'on 12/18' -> 2026-12-18; not a refusal, so promise.",
         body="""Hello,

Per Section 4.2 of our Master Services Agreement with Tamarack, payment terms are Net 45 from receipt of a correct invoice, not Net 15. We received TMP-10492 on 11/3, so it is not past due.

The invoice is approved and will be paid on 12/18 with our regular vendor payment run. Please update the terms on your side so that future invoices don't trigger reminders.

Best regards,

Sandra Liu
Senior AP Analyst | Corvan Health System
Shared Services Center
sandra.liu@corvanhealth.com"""),

    dict(id="s5en136", country="US", date="2026-12-04T11:03", fmt="gmail", ago=3, stage="second_reminder",
         inv="TMP-10509", amt="4,125.00", due="2026-11-02",
         frm="Luis Archuleta <luis@archuletaautobody.com>",
         intent="plan_request",
         note="Asks for $500/month instalments; no start date given.",
         body="""Hi,

I'll be honest with you, we lost our biggest fleet account in October and I'm scrambling. I'm not going to leave you hanging but I can't do $4,125 in one shot right now.

Could we do something like $500 a month until it's paid off? If you need me to sign something, that's fine.

Luis Archuleta
Archuleta Auto Body"""),

    dict(id="s5en137", country="GB", date="2026-12-01T09:37", fmt="tb", ago=1,
         inv="PL-2677", amt="890.00", due="2026-11-20",
         frm="Patricia Eddy <clerk@st-erme-parishcouncil.gov.uk>",
         intent="dispute",
         note="Says the hedge work is covered by the annual maintenance contract and asks for the invoice to be cancelled.",
         body="""Dear Penhallow Landscapes,

Re: Invoice PL-2677 - hedge cutting, Trispen playing field

The Council's annual grounds maintenance contract with your company (signed April 2026) includes two hedge cuts per year along the playing field boundary. The October cut is the second of these and is therefore already covered by the quarterly contract payments.

The Council does not accept this invoice and asks that it be cancelled. I would be grateful for a credit note.

Yours sincerely,

Mrs P. Eddy
Clerk to the Council
St Erme Parish Council"""),

    dict(id="s5en138", country="US", date="2026-12-14T09:31", fmt="bounce",
         inv="TMP-10572", amt="690.00", due="2026-11-30",
         rcpt="office@kesslerchiropractic.com", status="5.2.2",
         diag="552 5.2.2 <office@kesslerchiropractic.com>: Mailbox full - quota exceeded",
         remote="mx.kesslerchiropractic.com",
         mta="mail.tamarackmechanical.com", frm="postmaster@tamarackmechanical.com",
         subj="Undeliverable: Payment reminder: invoice TMP-10572 now due",
         intent="bounce",
         body="""Your message to office@kesslerchiropractic.com couldn't be delivered.

The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly."""),

    dict(id="s5en139", country="US", date="2026-12-14T07:48", fmt="apple", ago=3,
         inv="TMP-10559", amt="1,210.00", due="2026-11-25",
         frm="Earl Banks <earlbanksbbq@gmail.com>",
         intent="promise", promise_date="2026-12-16",
         note="'drop a check off ... Wednesday', reply Monday 12/14 -> Wednesday 2026-12-16.",
         body="""Morning. I'll swing by and drop a check off at your office Wednesday, I'm down on Parsons for a delivery anyway. Hood fan has been running great.

Earl
Banks BBQ

Sent from my iPhone"""),

    dict(id="s5en140", country="US", date="2026-11-11T14:22", fmt="html_gmail", ago=1,
         inv="TMP-10485", amt="2,340.00", due="2026-10-27",
         frm="Amy Kowalski <amy.kowalski.oh@gmail.com>",
         intent="contact_change", new_email="mwebb@redwaterconst.com",
         note="Former employee's personal address; asks to send to her replacement's email.",
         body="""Hi,

I left Redwater Construction at the end of October so I'm not the right person for this anymore (I don't know why it came to my personal email - I must have used it on a form at some point).

Please update your records and send invoices to Marcus Webb, who took over the office: mwebb@redwaterconst.com.

Thanks and good luck,
Amy"""),

    dict(id="s5en141", country="US", date="2026-12-01T10:58", fmt="outlook", ago=2, stage="second_reminder",
         inv=[("TMP-10533", "1,640.00", "2026-11-09"), ("TMP-10547", "925.00", "2026-11-16")],
         frm="AP Inquiries <apinquiries@greatlakespackaging.com>",
         intent="paid", paid_on="2026-11-19",
         note="TMP-10533 paid on check dated 11/19/2026 -> 2026-11-19; TMP-10547 only 'pending approval' with no date, so the paid invoice drives the reply (the other needs a follow-up).",
         body="""Good morning,

Please see the status of your open items below:

Invoice      Amount      Status
TMP-10533    $1,640.00   PAID - check #0088123 dated 11/19/2026
TMP-10547    $925.00     Pending approval (routed to requester 11/24)

Remittance advice for check #0088123 is attached. If the check has not been received, please let us know so we can issue a stop payment and reissue.

Thank you,
Great Lakes Packaging Corp.
Accounts Payable Department
Please reference your vendor ID (V-20417) on all correspondence."""),

    dict(id="s5en142", country="FR", date="2026-12-08T19:12", fmt="gmail", ago=1, stage="second_reminder",
         inv="CMJ-26-0451", amt="4 680,00", due="2026-11-15",
         frm="Sarah & Tom Pendleton <pendletons@btinternet.com>",
         intent="plan_request",
         note="Asks whether the balance can be paid in two instalments (one in January); no commitment yet.",
         body="""Hello,

We're so sorry about this. We had some unexpected costs after our dog needed an operation, and the balance for the February chalet booking came up sooner than we'd planned for.

Would it be possible to pay the remaining balance in two instalments, half now-ish and half in January? We absolutely still want to come out in February! Please let us know if that's acceptable and we'll sort it straight away.

Best wishes,
Sarah Pendleton"""),

    dict(id="s5en143", country="US", date="2026-11-30T11:16", fmt="gmail", ago=3,
         inv="TMP-10540", amt="575.00", due="2026-11-13",
         frm="Jeff Moss <jeff@mossandsonsroofing.com>",
         intent="promise",
         note="'in the next couple of days' is vague, so no promise_date.",
         body="""Hey, got your email. We'll have it to you in the next couple of days, just waiting on a deposit to clear.

Jeff"""),

    dict(id="s5en144", country="GB", date="2026-11-16T15:05", fmt="outlook", ago=3, stage="heads_up",
         inv="PL-2672", amt="2,415.00", due="2026-11-20",
         frm="Claire Vosper <claire.vosper@falmouthmarina.co.uk>",
         intent="promise", promise_date="2026-11-26",
         note="'our payment run is on the last Thursday of the month' in November -> Thursday 2026-11-26 (the due date 20 Nov is a different day).",
         body="""Hi,

Thanks for the heads-up. Just so you know, our supplier payment run is on the last Thursday of the month, so this one will go out then rather than on the 20th. I hope that's not a problem.

Kind regards,

Claire Vosper
Accounts
Falmouth Marina Ltd
01326 555 270"""),

    dict(id="s5en145", country="US", date="2026-11-25T13:00", fmt="ooo", ago=1,
         inv="TMP-10537", amt="1,980.00", due="2026-11-12",
         frm="Derek Huang <dhuang@pinnaclecoldstorage.com>",
         subj="Out of Office: Payment reminder: invoice TMP-10537 now due – Tamarack Mechanical & Plumbing Inc.",
         intent="out_of_office", return_date="2026-12-01",
         note="Auto-reply: out Wed 11/25 through Mon 11/30, 'back in the office Tue 12/1' -> 2026-12-01.",
         body="""I am out of the office Wed 11/25 through Mon 11/30 for the holiday, back in the office Tue 12/1. I will not be checking email.

For urgent refrigeration service issues, contact our plant manager at (614) 555-0158.

Derek Huang
Pinnacle Cold Storage"""),

    dict(id="s5en146", country="US", date="2026-12-02T10:41", fmt="html_outlook", ago=1,
         inv="TMP-10548", amt="3,380.00", due="2026-11-19",
         frm="Karen Szabo <kszabo@buckeyeortho.com>",
         intent="bank_details",
         note="Debtor announces its own bank account changed (new originating account for ACH); no payment date given.",
         body="""Hello,

Please note that effective 12/1 Buckeye Orthopedic Associates has moved our operating account from Fifth Third to Huntington National Bank. Future ACH payments to Tamarack, including the one for TMP-10548, will be originated from the new account under the company name "BUCKEYE ORTHO ASSOC".

Please update your records so the payments are not rejected or flagged. If your bank requires a letter on letterhead, let me know and I will send one.

Thank you,

Karen Szabo
Practice Administrator
Buckeye Orthopedic Associates"""),

    dict(id="s5en147", country="US", date="2026-11-23T14:59", fmt="gmail", ago=4, stage="heads_up",
         inv="TMP-10551", amt="1,560.00", due="2026-11-30",
         frm="Gloria Fenwick <gloria@fenwickflorals.com>",
         intent="other",
         note="Asks for a call about the service agreement renewal before paying; no commitment, dispute or plan.",
         body="""Hello,

Could someone give me a call before I pay this? It looks like the invoice is for the annual maintenance agreement renewal and I wasn't aware it auto-renewed. I'd like to understand what's included this year versus last year.

Best number is the shop, (614) 555-0175, weekdays before 2.

Thank you,
Gloria Fenwick
Fenwick Florals"""),

    dict(id="s5en148", country="US", date="2026-12-17T16:34", fmt="apple", ago=2,
         inv="TMP-10574", amt="820.00", due="2026-12-01",
         frm="Marisol Vega <marisol@vegafamilyvet.com>",
         intent="promise", promise_date="2026-12-21",
         note="Bookkeeper back Monday and will pay 'first thing Monday'; reply Thursday 12/17 -> Monday 2026-12-21.",
         body="""So sorry for the delay!! Our bookkeeper has been out sick all week, she's back Monday and will pay it first thing Monday. I'll remind her myself.

Marisol
Vega Family Veterinary

Sent from my iPhone"""),

    dict(id="s5en149", country="GB", date="2026-12-03T12:07", fmt="html_gmail", ago=2,
         inv="PL-2683", amt="385.00", due="2026-11-23",
         frm="Ben Rowe <benrowe.cornwall@gmail.com>",
         intent="paid", paid_on="2026-12-03",
         note="Paid 'this morning' via the link; reply 3 December -> 2026-12-03.",
         body="""Hi,

Paid this morning via the link in your email, sorry it was late - I was away for a fortnight.

Ta,
Ben"""),

    dict(id="s5en150", country="US", date="2026-11-20T10:19", fmt="outlook", ago=3, stage="second_reminder",
         inv="TMP-10497", amt="3,975.00", due="2026-10-29",
         frm="Victor Nguyen <vnguyen@grandviewtaphouse.com>",
         intent="dispute",
         note="Has a signed quote for $3,200 and will only pay the quoted amount.",
         body="""Hello,

We have a signed quote from Tamarack (Quote Q-2291, dated 9/14) for $3,200.00 for the bar sink relocation and new grease trap. Invoice TMP-10497 is for $3,975.00. Nothing on the job changed and no change order was ever presented or signed.

We will pay the quoted amount of $3,200.00 only. Please issue a revised invoice and we will process it promptly.

Regards,

Victor Nguyen
Owner, Grandview Taphouse
1256 W 5th Ave, Columbus, OH 43212"""),
]
