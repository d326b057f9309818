"""Handwritten debtor replies, part en_b (English; GB, US and foreign customers of a French firm)."""

CASES = [
    dict(id="s15enb001", country="GB", date="2026-12-08T10:42", fmt="html_outlook", stage="reminder", ago=1,
         inv="POI-23108", amt="6,418.80", due="2026-11-30",
         frm="Helen Garside <h.garside@marshlanedental.co.uk>",
         intent="promise", promise_date="2026-12-11",
         note="Invoice approved and included in Friday's BACS run (Friday 11 December).",
         body="""Good morning,

Thank you for your email. I can confirm that invoice POI-23108 has now been approved by our Practice Manager and has been included in this week's BACS payment run, which goes out on Friday 11th December. Funds should reach your account the same day or the next working day at the latest.

Apologies for the delay – the invoice was sitting with our Harrogate site awaiting sign-off for the reception refit.

Kind regards,

Helen Garside
Finance Director
Marsh Lane Dental Group Ltd
Tel: 01423 558 210 | Mob: 07700 900 482
www.marshlanedental.co.uk

Marsh Lane Dental Group Ltd. Registered in England No. 07741290. Registered office: 3 Marsh Lane, Harrogate HG1 4QT.
This email and any attachments are confidential and intended solely for the addressee."""),

    dict(id="s15enb002", country="US", date="2026-12-09T15:17", fmt="outlook", stage="second_reminder", ago=2,
         inv="HCF-5512", amt="12,940.00", due="2026-11-15",
         frm="Accounts Payable - St. Brendan Health <ap.vendors@stbrendanhealth.org>",
         intent="paid", paid_on="2026-12-04",
         note="AP says ACH payment issued 12/04/2026 (month-first).",
         body="""Hello,

Our records show this invoice was paid. Payment details below:

Vendor: Harlow Creek Fabrication LLC
Invoice #: HCF-5512
Amount: $12,940.00
Payment method: ACH
Payment date: 12/04/2026
Trace #: 041000120448813

Please allow 2-3 business days for the funds to post. If you still do not see the payment by the end of the week, reply with your bank's confirmation and we will open a trace.

Thank you,

Marisol Ortega
Accounts Payable Specialist
St. Brendan Health System
3100 Far Hills Ave, Kettering, OH 45429
Phone: (937) 555-0193 | Fax: (937) 555-0194

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s15enb003", country="FR", date="2026-12-10T11:05", fmt="gmail", stage="reminder", ago=3,
         inv="TM-26-0917", amt="7 392,00", due="2026-11-30",
         frm="Jörg Wendland <j.wendland@wendland-polster.de>",
         intent="dispute",
         note="German customer: only 380 m of 420 m delivered; asks for a credit note for the missing metres before paying.",
         body="""Dear Sirs,

regarding your reminder for invoice TM-26-0917: we cannot pay this invoice in the present form.

The invoice is for 420 m of the upholstery fabric ref. LUNA 08 anthracite, but on the delivery of 12 November we received only 4 rolls, total 380 m (delivery note attached again, signed by our warehouse). I wrote about this to Mrs Berthier already on 16 November but got no answer.

Please send us a credit note for the missing 40 m, or a corrected invoice, and we will pay the remaining amount immediately.

Best regards

Jörg Wendland
Wendland Polstermöbel GmbH
Einkauf / Purchasing
Industriestr. 22, 32657 Lemgo, Germany
Tel. +49 5261 94 77 0"""),

    dict(id="s15enb004", country="GB", date="2026-12-18T16:31", fmt="ooo", stage="reminder", ago=0,
         inv="POI-23129", amt="2,150.00", due="2026-12-04",
         frm="Gareth Pryce <gareth.pryce@brecon-surveyors.co.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="Auto-reply over Christmas; back Monday 4 January 2027.",
         body="""Thank you for your email.

I am now out of the office for the Christmas break and will be back in the office on Monday 4th January 2027. Emails will not be monitored during this period.

For anything urgent please call the office on 01874 620 311 before 12 noon on Wednesday 23rd December.

Wishing you a very Merry Christmas.

Gareth Pryce MRICS
Brecon Chartered Surveyors"""),

    dict(id="s15enb005", country="US", date="2026-12-09T19:48", fmt="apple", stage="reminder", ago=1,
         inv="HCF-5526", amt="1,180.00", due="2026-11-25",
         frm="Dale Kowalczyk <dale@kowalczykroofing.com>",
         intent="promise", promise_date="2026-12-11",
         note="Very short: will pay Friday (11 December).",
         body="""Will pay friday. Thx

Sent from my iPhone"""),

    dict(id="s15enb006", country="GB", date="2026-12-14T21:12", fmt="gmail", stage="firm", ago=3,
         inv="POI-23077", amt="3,864.00", due="2026-10-31",
         frm="Priya Chandran <priya@thelittleloafcafe.co.uk>",
         intent="plan_request",
         note="Small cafe asks to spread the balance over three months; no date committed.",
         body="""Hi there,

I'm really sorry this is still outstanding. I haven't been ignoring it, honestly. November was a terrible month for us with the roadworks outside the shop and we're only just covering wages at the moment.

Would it be possible to split the £3,864 into three monthly payments? I could do roughly £1,288 a month. I know that's not ideal for you but I'd rather be upfront than promise something I can't do.

Please let me know if that would be acceptable, or if you'd need something different.

Many thanks,
Priya

The Little Loaf Café
27 Bridge Street, Otley LS21 1BQ
07700 900 615"""),

    dict(id="s15enb007", country="FR", date="2026-12-15T09:26", fmt="tb", stage="second_reminder", ago=1,
         inv="TM-26-0884", amt="2 145,60", due="2026-11-15",
         frm="Siobhan Keating <accounts@keatingdrapery.ie>",
         intent="paid", paid_on="2026-12-14",
         note="Irish customer: SEPA transfer made yesterday (14 December).",
         body="""Hello,

We made the payment for TM-26-0884 by SEPA transfer yesterday, €2,145.60, reference "TM-26-0884 KEATING". It should be with you today or tomorrow.

Sorry it was late, our accountant was out sick for a fortnight.

Regards,
Siobhan Keating
Keating Drapery & Blinds
Unit 4, Ballybrit Business Park, Galway
+353 91 770 318"""),

    dict(id="s15enb008", country="US", date="2026-12-11T10:03", fmt="html_outlook", stage="reminder", ago=2,
         inv="HCF-5519", amt="4,275.50", due="2026-11-30",
         frm="Brenda Haskins <bhaskins@millcreekschools.org>",
         intent="copy_request",
         note="School district needs a W-9 and the invoice reissued with the PO number before it can pay.",
         body="""Good morning,

We are unable to process invoice HCF-5519 as submitted. Per district policy, all vendor invoices must reference a valid purchase order number. The PO for the bleacher rail repair at Mill Creek Middle School is PO 27-00418.

In addition, we do not have a current W-9 on file for Harlow Creek Fabrication. Could you please send:

1. A revised invoice showing PO 27-00418
2. A signed W-9 (current revision)

Once we receive both, the invoice will go on the next board-approved check run.

Thank you,

Brenda Haskins
Accounts Payable Clerk
Mill Creek Local School District
1450 Hoover Ave, Dayton, OH 45417
P: (937) 555-0172 ext. 2214

This message may contain confidential student or district information. If you received it in error, please notify the sender and delete it."""),

    dict(id="s15enb009", country="GB", date="2026-12-10T14:58", fmt="outlook", stage="second_reminder", ago=1,
         inv="POI-23096", amt="9,720.00", due="2026-11-20",
         frm="Tom Ashworth <tom.ashworth@calderlogistics.co.uk>",
         intent="contact_change", new_email="purchase.ledger@calderlogistics.co.uk",
         note="Operations manager asks that reminders go to the purchase ledger team address.",
         body="""Hi,

I'm the operations manager here and don't deal with payments. Please can you send this, and any future invoices or reminders, to our purchase ledger team at purchase.ledger@calderlogistics.co.uk rather than to me directly. I've forwarded this one on to them.

Thanks,
Tom

Tom Ashworth
Operations Manager | Calder Logistics Ltd
T: 01422 390 114  M: 07700 900 277"""),

    dict(id="s15enb010", country="GB", date="2026-12-16T12:20", fmt="html_outlook", stage="reminder", ago=2,
         inv="POI-23134", amt="14,506.20", due="2026-12-07",
         frm="Rachel Dunmore <rachel.dunmore@fenwickcollege.ac.uk>",
         intent="bank_details",
         note="College received a letter claiming new bank details; wants verbal confirmation before paying (suspected fraud).",
         body="""Dear Accounts team,

Before we release payment on POI-23134, I need to check something with you.

Last Thursday we received a letter, apparently on Pennant letterhead, advising that your bank account had changed to a different bank (sort code 23-14-70). The letter was not signed and the phone number on it does not match the one on your invoices, so we have put the payment on hold.

Could you please confirm whether your bank details have genuinely changed? Please do not reply with new details by email – I would be grateful if someone from your finance team could call me on 01904 771 532 so that we can verify them verbally, in line with our fraud prevention procedure.

Kind regards,

Rachel Dunmore
Finance Officer (Payables)
Fenwick College
Heworth Green, York YO31 7TQ"""),

    dict(id="s15enb011", country="US", date="2026-12-11T17:40", fmt="gmail", stage="second_reminder", ago=3,
         inv="HCF-5508", amt="860.00", due="2026-11-10",
         frm="Ray Buckner <raybuckner.tx@gmail.com>",
         intent="unsubscribe",
         note="Asks to stop the automated emails; deals with the owner in person.",
         body="""Stop sending me these automated emails. I already worked this out with Mike at the shop and I'm not going to keep getting robot emails every other day about it.

Take me off your list.

Ray"""),

    dict(id="s15enb012", country="GB", date="2026-12-11T09:04", fmt="bounce", stage="reminder",
         inv="POI-23101", amt="1,044.00", due="2026-11-27",
         rcpt="j.hollis@armitage-partners.co.uk", status="5.2.2",
         mta="mail.pennant-interiors.co.uk",
         remote="armitagepartners-co-uk.mail.protection.outlook.com",
         diag="552 5.2.2 Mailbox full; the recipient's mailbox has exceeded its storage limit",
         subj="Undeliverable: Payment reminder: invoice POI-23101 now due – Pennant Office Interiors Ltd",
         intent="bounce",
         note="Delivery failure: recipient mailbox full.",
         body="""Delivery has failed to these recipients or groups:

j.hollis@armitage-partners.co.uk
The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly."""),

    dict(id="s15enb013", country="FR", date="2027-01-12T13:46", fmt="html_outlook", stage="firm", ago=5,
         inv=[("TM-26-0802", "11 280,00", "2026-10-31"), ("TM-26-0861", "3 940,00", "2026-11-30")],
         frm="Francesca Rinaldi <f.rinaldi@arredamenti-valsesia.it>",
         intent="other",
         note="Italian customer in a court restructuring procedure (concordato preventivo); claims go to the judicial commissioner. Not a promise or dispute.",
         body="""Dear Sirs,

We acknowledge receipt of your reminder concerning invoices TM-26-0802 and TM-26-0861.

Please be informed that on 18 December 2026 the Court of Vercelli admitted Arredamenti Valsesia S.r.l. to a "concordato preventivo" (court-supervised restructuring) procedure. Under Italian law we are not permitted to pay debts that arose before the filing date outside the procedure.

Your claim should be lodged with the Judicial Commissioner, Dott.ssa Elena Bellotti, at the following certified email address: cp12.2026vercelli@pecfallimenti.it. She will send all creditors a formal notice with the timetable in the coming weeks.

We regret the inconvenience and thank you for the good collaboration over the years.

Kind regards,

Francesca Rinaldi
Amministrazione / Accounts
Arredamenti Valsesia S.r.l.
Via Roma 41, 13019 Varallo (VC), Italy
Tel. +39 0163 51 884"""),

    dict(id="s15enb014", country="GB", date="2026-12-17T11:15", fmt="gmail", stage="second_reminder", ago=2, fwd=True,
         inv="POI-23112", amt="5,230.00", due="2026-11-30",
         frm="Lucy Farrant <lucy@oakhamlettings.co.uk>",
         intent="promise", promise_date="2026-12-22",
         note="Assistant forwards the director's answer: he will pay on the 22nd (22 December).",
         body="""Hi,

Forwarding Richard's reply below as he asked me to let you know. He's away until Monday.

Lucy
Office Administrator, Oakham Lettings

---------- Forwarded message ---------
From: Richard Oakham <richard@oakhamlettings.co.uk>
Date: Wed, 16 Dec 2026 at 18:52
Subject: Re: Second reminder
To: Lucy Farrant <lucy@oakhamlettings.co.uk>

Lucy - can you tell Pennant I'll pay the office fit-out invoice on the 22nd when the Kingsway rents come in. Full amount. Thanks, R

Sent from my iPhone"""),

    dict(id="s15enb015", country="US", date="2026-12-21T14:09", fmt="gmail", stage="firm", ago=4,
         inv="HCF-5497", amt="6,800.00", due="2026-10-31",
         frm="Angela Ruiz <angela@ruizlandscapesupply.com>",
         intent="paid", paid_on="2026-12-21",
         note="Partial payment of $2,000 sent today; balance vaguely promised next month. Payment made is what the firm books first.",
         body="""Hi,

I sent $2,000.00 this morning through your online payment link toward invoice HCF-5497. Confirmation number is PX-88201473.

I know the full balance is $6,800. We had a customer go under on us in November and it's been a juggle. I'll get the remaining $4,800 to you sometime next month, hopefully in one go.

Please don't send this to collections, we've been customers for 6 years.

Angela Ruiz
Ruiz Landscape Supply
(937) 555-0126"""),

    dict(id="s15enb016", country="GB", date="2027-01-06T08:37", fmt="apple", stage="final_notice", ago=1,
         inv="POI-23064", amt="8,912.40", due="2026-10-30",
         frm="Neil Castleton <neil@castletonmotors.co.uk>",
         intent="dispute",
         note="Angry: furniture faulty and snagging never done; refuses to pay until fixed.",
         body="""You have got some nerve sending me a "final reminder".

Half the chairs you installed in our showroom in October are wobbling, two of the desk pedestals don't lock and the glass partition in the sales office still has the scratch your fitter put in it. I have rung your office FOUR times and been promised someone would come out. Nobody has.

You will not get a penny until the snagging is done. If you want to pass it to a collection agency go ahead and I'll be happy to explain to them why it hasn't been paid.

Neil Castleton
Director
Castleton Motors Ltd

Sent from my iPad"""),

    dict(id="s15enb017", country="GB", date="2027-01-07T15:22", fmt="html_outlook", stage="repeat", ago=2,
         inv=[("POI-23140", "2,312.00", "2026-12-10"), ("POI-23152", "744.00", "2026-12-15"), ("POI-23161", "4,980.00", "2026-12-18")],
         frm="Sandeep Gill <sandeep.gill@northgatehousing.org.uk>",
         intent="promise", promise_date="2027-01-15",
         note="Two invoices go in the payment run on 15 January; the third is held awaiting a goods receipt note. The promise is what the firm acts on first.",
         body="""Good afternoon,

Thank you for your reminder. Please see the position on each of the invoices listed:

POI-23140 (£2,312.00) – approved, will be paid in our payment run on 15th January.
POI-23152 (£744.00) – approved, also in the 15th January run.
POI-23161 (£4,980.00) – on hold. We have no goods received note from the Westfield Court scheme for the meeting room furniture. I have chased the site manager and will release it once the GRN is on the system.

If you have a signed delivery note for POI-23161 it would speed things up if you could send it over.

Kind regards,

Sandeep Gill
Senior Accounts Payable Officer
Northgate Housing Association
Tel: 0114 278 3390
Northgate Housing Association is a charitable Community Benefit Society, registration no. 31228R. Regulated by the Regulator of Social Housing."""),

    dict(id="s15enb018", country="US", date="2026-12-24T09:34", fmt="ooo", stage="reminder", ago=0,
         inv="HCF-5541", amt="2,615.00", due="2026-12-15",
         frm="Payables <payables@greatmiamivalleyfoods.com>",
         intent="out_of_office", return_date="2027-01-04",
         note="Holiday closure auto-reply; office reopens Monday, January 4.",
         body="""Thank you for contacting Great Miami Valley Foods Accounts Payable.

Our offices are closed for the holidays from Thursday, December 24 through Friday, January 1. We will reopen on Monday, January 4, 2027 and will respond to your message in the order it was received.

Payments scheduled for the week of December 28 will still be released as planned.

Happy Holidays!
GMVF Accounts Payable Team"""),

    dict(id="s15enb019", country="FR", date="2027-01-11T10:14", fmt="gmail", stage="second_reminder", ago=3,
         inv="TM-26-0933", amt="5 620,00", due="2026-12-15",
         frm="Bas van der Meulen <bas@meulenzeilmakerij.nl>",
         intent="promise", promise_date="2027-01-31",
         note="Dutch customer: will pay at the end of this month (31 January).",
         body="""Hello,

Thanks for the reminder and happy new year. Sorry for the delay, we were closed for two weeks over the holidays and the invoices are piling up.

Your invoice TM-26-0933 is approved, we will pay it at the end of this month together with our other foreign suppliers.

Groeten / regards,
Bas van der Meulen
Zeilmakerij Van der Meulen B.V.
Harlingen, NL
+31 517 41 22 06"""),

    dict(id="s15enb020", country="US", date="2026-12-28T11:31", fmt="tb", stage="second_reminder", ago=1,
         inv="HCF-5523", amt="3,447.25", due="2026-12-01",
         frm="Tom Reinholt <treinholt@reinholtmachine.com>",
         intent="paid", paid_on="2026-12-18",
         note="Check #10442 mailed 12/18; crossed with the reminder in the holiday mail.",
         body="""Hi,

We mailed check #10442 for $3,447.25 on 12/18 to your Industrial Pkwy address. With the holiday mail it may have crossed with this reminder. Please let me know if it hasn't arrived by the end of next week and I'll put a stop on it and reissue.

Tom Reinholt
Controller
Reinholt Machine & Tool, Inc.
Springfield, OH
(937) 555-0157"""),

    dict(id="s15enb021", country="GB", date="2026-12-09T12:48", fmt="tb", stage="reminder", ago=2,
         inv="POI-23117", amt="1,980.00", due="2026-11-30",
         frm="Accounts <accounts@severnbridgeengineering.co.uk>",
         intent="copy_request",
         note="Invoice not on their system; asks for a copy addressed to the Bristol office with the PO number.",
         body="""Hello,

We have no record of invoice POI-23117 on our purchase ledger. I suspect it was sent to our old Newport office, which closed in the summer.

Could you please send a copy of the invoice, addressed to our Bristol office (Unit 12, Avonmouth Way, Bristol BS11 9HX) and quoting our purchase order number? If you don't have the PO number, please let me know which job it relates to and I'll find it.

Thanks,
Julie
Accounts Department
Severn Bridge Engineering Ltd
0117 982 4410"""),

    dict(id="s15enb022", country="US", date="2027-01-05T16:55", fmt="html_gmail", stage="final_notice", ago=2,
         inv="HCF-5489", amt="4,150.00", due="2026-10-20",
         frm="Curtis Beale <curtisbeale.welding@gmail.com>",
         intent="plan_request",
         note="Asks if he can pay $500 a month; no start date committed.",
         body="""Hello,

I got your final notice. I'm not trying to dodge this. Work dried up after Thanksgiving and I'm a one-man shop, so I just don't have $4,150 sitting around right now.

Would you be willing to take $500 a month until it's paid off? I can set it up however works for you, card or check.

Let me know please before you send it anywhere.

Curtis Beale
Beale Mobile Welding
(937) 555-0181"""),

    dict(id="s15enb023", country="GB", date="2026-12-10T17:06", fmt="apple", stage="reminder", ago=1,
         inv="POI-23120", amt="2,796.00", due="2026-11-30",
         frm="Margaret Ellery <margaret@ellerydesign.co.uk>",
         intent="other",
         note="Passed to her bookkeeper who handles payments; no promise or date.",
         body="""Hello,

I've passed this to my bookkeeper, Sue Partridge at Partridge Accounting, who deals with all my supplier payments. She'll be in touch with you directly.

Best wishes,
Margaret

Margaret Ellery
Ellery Interior Design
07700 900 341"""),

    dict(id="s15enb024", country="FR", date="2026-12-23T18:20", fmt="ooo", stage="reminder", ago=0,
         inv="TM-26-0951", amt="1 870,40", due="2026-12-20",
         frm="Lucía Ferrer <lucia.ferrer@tapiceriasferrer.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Spanish customer's English auto-reply: back Thursday 7 January.",
         subj="Out of office / Fuera de la oficina: Relance : facture TM-26-0951 échue – Tissages Morvan SAS",
         body="""Thank you for your message. I am on holiday and will be back on Thursday 7 January 2027.

For urgent orders please contact pedidos@tapiceriasferrer.es.

Gracias por su mensaje. Estoy de vacaciones y volveré el jueves 7 de enero de 2027.

Lucía Ferrer
Tapicerías Ferrer S.L. - Valencia"""),

    dict(id="s15enb025", country="US", date="2026-12-10T20:33", fmt="gmail", stage="reminder", ago=2,
         inv="HCF-5530", amt="725.00", due="2026-11-30",
         frm="jake morrow <jmorrowplumbing@yahoo.com>",
         intent="promise", promise_date="2026-12-14",
         note="Phone-typed: will pay Monday (14 December) when payroll clears.",
         body="""hey sorry about that, totally slipped my mind. ill run it monday once payroll clears

jake"""),

    dict(id="s15enb026", country="GB", date="2026-12-08T11:09", fmt="html_gmail", stage="reminder", ago=1,
         inv="POI-23111", amt="432.00", due="2026-11-30",
         frm="Amelia Thorne <amelia.thorne.studio@gmail.com>",
         intent="paid", paid_on="2026-12-08",
         note="Paid online via the link this morning.",
         body="""Hi,

Just paid this online via your link this morning – the confirmation page said payment successful, reference 7K2Q-9941.

Thanks for the nudge, I'd completely missed the original email!

Amelia

Amelia Thorne Photography
www.ameliathorne.co.uk"""),

    dict(id="s15enb027", country="GB", date="2027-01-13T14:30", fmt="html_outlook", stage="final_notice", ago=3,
         inv="POI-23071", amt="18,640.00", due="2026-11-06",
         frm="Jonathan Mercer <jmercer@hallidaymercer-law.co.uk>",
         cc="accounts@brightwellconsulting.co.uk",
         intent="dispute",
         note="Solicitor for the debtor disputes the invoice (work incomplete, amount above the quote); asks that collection be held.",
         body="""Dear Sirs,

Our client: Brightwell Consulting Ltd
Your invoice: POI-23071 – £18,640.00

We act for Brightwell Consulting Ltd, who have passed us your email of 8 January 2027 headed "Final reminder before referral".

Our client disputes the invoice. In summary:

1. The quotation accepted by our client on 2 September 2026 (ref. Q-4471) was for £14,950.00 plus VAT. No variation to the scope of works was agreed in writing, as clause 6 of your terms requires.
2. The works at our client's premises at 40 Park Row are not complete. The acoustic panels to the boardroom have not been fitted, and our client's list of defects sent on 19 November 2026 remains unanswered.

Our client remains willing to pay the sum properly due once the works are complete and a corrected invoice is issued in line with the quotation. In the meantime we ask that you do not refer this matter to a collection agency or issue proceedings, as the debt is plainly disputed.

Please address all further correspondence on this matter to the writer.

Yours faithfully,

Jonathan Mercer
Partner
Halliday Mercer Solicitors LLP
14 East Parade, Leeds LS1 2BH
DX 12077 Leeds | T: 0113 245 8120

Halliday Mercer Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 604127). A list of members is available at our registered office. This email is confidential and may be legally privileged."""),

    dict(id="s15enb028", country="FR", date="2026-12-14T09:51", fmt="outlook", stage="reminder", ago=3,
         inv="TM-26-0905", amt="3 306,00", due="2026-11-30",
         frm="Martin Zbinden <martin.zbinden@zbinden-interieur.ch>",
         intent="bank_details",
         note="Swiss customer asks for IBAN/BIC to pay in EUR by bank transfer (online link not usable for them).",
         body="""Dear Madam, dear Sir,

We would like to settle invoice TM-26-0905, but your invoice shows no bank details and your online payment page only accepts cards, which we do not use for supplier payments.

Could you please send us your IBAN and BIC for a payment in EUR from Switzerland, together with the exact name of the account holder? Our bank asks for this to be confirmed in writing on company letterhead.

Thank you and kind regards

Martin Zbinden
Buchhaltung / Accounting
Zbinden Interieur AG
Bahnhofstrasse 18, 3600 Thun, Switzerland
+41 33 222 45 10"""),

    dict(id="s15enb029", country="US", date="2026-12-15T13:27", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="HCF-5515", amt="5,760.00", due="2026-11-20",
         frm="Derek Whitcomb <dwhitcomb@tristatepackaging.com>",
         intent="dispute",
         note="Disputes labor hours: billed 48 hours against a 32-hour quote; asks for corrected invoice.",
         body="""Hi,

We are holding payment on HCF-5515. The invoice bills 48 hours of shop and field labor at $120/hr for the conveyor guard fabrication. Your quote Q-2291 dated 10/02/2026 was for 32 hours, and nobody from your side told us about any overrun or additional work before it was done.

We're happy to pay the quoted amount of $3,840 plus the materials line as soon as we receive a corrected invoice. If you believe the extra 16 hours are justified, please send me the time sheets and we can discuss.

Thanks,

Derek Whitcomb
Plant Manager
Tri-State Packaging Corp.
4800 Webster St, Dayton, OH 45414
Office: (937) 555-0164 | Cell: (937) 555-0165"""),

    dict(id="s15enb030", country="GB", date="2026-12-11T09:12", fmt="outlook", stage="reminder", ago=2,
         inv="POI-23119", amt="1,362.00", due="2026-11-30",
         frm="Kirsty Mowbray <kirsty@mowbrayandlane.co.uk>",
         intent="promise", promise_date="2026-12-18",
         note="Will pay by 18 December; side question about a price list. Promise is what to act on.",
         body="""Morning,

Apologies, this one got missed while I was on leave. I'll make sure it's paid by 18 December at the latest.

While I have you – could you send me your current price list for the sit-stand desks? We're looking at kitting out the second floor in the new year.

Thanks,
Kirsty

Kirsty Mowbray
Office Manager
Mowbray & Lane Chartered Accountants
01904 622 189"""),

    dict(id="s15enb031", country="GB", date="2027-01-04T09:02", fmt="ooo", stage="second_reminder", ago=0,
         inv="POI-23137", amt="3,108.00", due="2026-12-09",
         frm="Deborah Kaye <deborah.kaye@wharfedaletrust.nhs.uk>",
         intent="out_of_office", return_date="2027-01-11",
         note="Annual leave auto-reply; returning 11/01/2027 (British numeric date).",
         body="""Thank you for your email. I am currently on annual leave, returning on 11/01/2027.

For supplier payment queries please contact the Payables Helpdesk on 01943 465 201 or payables@wharfedaletrust.nhs.uk, quoting your invoice number and our PO number.

Deborah Kaye
Payables Team Leader
Wharfedale Community Health NHS Trust"""),

    dict(id="s15enb032", country="US", date="2026-12-16T10:44", fmt="apple", stage="reminder", ago=2,
         inv="HCF-5534", amt="2,290.00", due="2026-12-05",
         frm="Sharon Pettibone <sharon@pettibonebuilders.com>",
         intent="promise",
         note="Will pay after the first of the year: vague, no single date.",
         body="""Hi there,

Got your reminder. Our year-end is crazy, but we'll get this paid after the first of the year for sure. It's approved on our end.

Sharon Pettibone
Office Manager
Pettibone Builders
(937) 555-0139"""),

    dict(id="s15enb033", country="FR", date="2026-12-09T16:18", fmt="outlook", stage="second_reminder", ago=1,
         inv="TM-26-0871", amt="9 450,00", due="2026-11-15",
         frm="Graham Whitlock <graham.whitlock@cotswoldsofas.co.uk>",
         intent="paid", paid_on="2026-12-03",
         note="UK customer: EUR transfer paid 3 Dec; asks them to check the account.",
         body="""Hello,

According to our records this invoice was paid on 3 Dec by international transfer from our Lloyds euro account, €9,450.00, reference TM260871.

Could you please check with your bank? It may have been allocated without the invoice number, as our bank sometimes cuts the reference. I can send you the SWIFT confirmation if needed.

Kind regards

Graham Whitlock
Financial Controller
Cotswold Sofa Company Ltd
Stroud, Gloucestershire GL5 3JB
Tel: +44 (0)1453 760 412"""),

    dict(id="s15enb034", country="US", date="2026-12-14T12:03", fmt="gmail", stage="reminder", ago=3,
         inv="HCF-5528", amt="1,540.00", due="2026-11-30",
         frm="Jennifer Walsh <jen.walsh82@gmail.com>",
         intent="other",
         note="Wrong recipient: a private person says she never ordered anything.",
         body="""Hi,

I think you have the wrong Jennifer Walsh. I've never ordered anything from Harlow Creek Fabrication and I don't own a business. I'm a nurse in Columbus.

Maybe someone typed the email address wrong? Just wanted to let you know so the right person gets this.

Jen"""),

    dict(id="s15enb035", country="GB", date="2026-12-15T10:25", fmt="outlook", stage="reminder", ago=1,
         inv="POI-23133", amt="684.00", due="2026-12-07",
         frm="Deliveries - Harrowgate Hall <goodsin@harrowgatehall.co.uk>",
         intent="unsubscribe",
         note="Shared goods-in mailbox asks to be removed from the reminders; no new address given.",
         body="""Hello,

Please remove this email address from your mailing list. This is the goods-in inbox for the hotel and is only checked by the porters, who have nothing to do with invoices or payments.

Thank you.

Goods In
Harrowgate Hall Hotel"""),

    dict(id="s15enb036", country="US", date="2026-12-29T09:47", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="HCF-5537", amt="8,325.00", due="2026-12-10",
         frm="Kevin Osei <kevin.osei@lakeshoremedicaldevices.com>",
         intent="promise", promise_date="2027-01-08",
         note="AP: payment scheduled for 01/08/2027 (month-first = January 8).",
         body="""Hello,

Thank you for your patience. Invoice HCF-5537 has been approved and is scheduled for payment on 01/08/2027 via ACH to the account on file. Our system will send an automated remittance advice to billing@harlowcreekfab.com on that date.

Please note our offices are closed 12/31 and 1/1.

Best regards,

Kevin Osei
Accounts Payable Analyst
Lakeshore Medical Devices, Inc.
1 Lakeshore Plaza, Toledo, OH 43604
T: 419-555-0108

This communication and any attachments may contain confidential and/or proprietary information of Lakeshore Medical Devices, Inc. If you are not the intended recipient, please delete it and notify the sender immediately."""),

    dict(id="s15enb037", country="GB", date="2026-12-23T10:58", fmt="tb", stage="reminder", ago=2,
         inv=[("POI-23188", "1,240.00", "2026-12-14"), ("POI-23201", "336.00", "2026-12-18")],
         frm="Purchase Ledger <purchaseledger@kilnworth-group.co.uk>",
         intent="paid", paid_on="2026-12-22",
         note="Remittance for two invoices, paid by BACS on 22/12/2026.",
         body="""REMITTANCE ADVICE

Supplier: Pennant Office Interiors Ltd
Payment date: 22/12/2026
Method: BACS

POI-23188    £1,240.00
POI-23201      £336.00
-----------------------
Total        £1,576.00

Please allow up to 3 working days for funds to clear.

Regards
Purchase Ledger
Kilnworth Group plc
Kilnworth House, Stoke-on-Trent ST4 2RS

Kilnworth Group plc is registered in England and Wales, company number 02287716."""),

    dict(id="s15enb038", country="FR", loc="US", date="2027-01-14T16:40", fmt="gmail", stage="reminder", ago=2,
         inv="TM-26-1003", amt="12 600,00", due="2027-01-05",
         frm="Rebecca Lindqvist <rebecca@lindqvisthomeatelier.com>",
         intent="promise", promise_date="2027-01-19",
         note="US customer of the French firm: will wire the funds on Tuesday (19 January); mentions Monday is MLK Day.",
         body="""Bonjour!

So sorry, my French isn't good enough to reply in French. We received the linen shipment last week and everything looks beautiful.

I'll wire the funds on Tuesday. Monday is a bank holiday here (Martin Luther King Day) so it can't go out before then. Our bank usually takes 1-2 days for international wires so you should see it by the end of next week.

Best,
Rebecca

Rebecca Lindqvist
Lindqvist Home Atelier
Charleston, SC
(843) 555-0177"""),

    dict(id="s15enb039", country="US", date="2027-01-11T09:33", fmt="ooo", stage="reminder", ago=0,
         inv="HCF-5552", amt="1,975.00", due="2026-12-31",
         frm="Lisa Marchetti <lmarchetti@buckeyefoodservice.com>",
         intent="out_of_office", return_date="2027-01-18",
         note="Out Monday Jan 11 through Friday Jan 15; back Monday January 18.",
         body="""Hello,

I will be out of the office Monday, January 11 through Friday, January 15 with limited access to email. For invoice or payment questions, please contact Carl Jennings at cjennings@buckeyefoodservice.com or (614) 555-0190.

Thank you,
Lisa Marchetti
Accounting Manager, Buckeye Foodservice Equipment"""),

    dict(id="s15enb040", country="GB", date="2026-12-17T14:02", fmt="html_outlook", stage="firm", ago=2,
         inv="POI-23085", amt="7,420.00", due="2026-11-13",
         frm="Alison Reid <treasurer@holmfirthcommunitycentre.org.uk>",
         intent="plan_request",
         note="Charity treasurer asks whether the invoice can be paid in two instalments; no date committed until trustees meet.",
         body="""Dear Sir or Madam,

I am writing as Honorary Treasurer of Holmfirth Community Centre in response to your reminder regarding invoice POI-23085.

First, please accept my apologies for the delay. The refurbishment of our main hall was partly funded by a Lottery grant, and the second tranche of that grant has not yet been released to us, which has left us short of funds this quarter.

I would like to ask whether Pennant would be prepared to accept payment of this invoice in two instalments. Our trustees next meet in January and I would then be able to confirm the amounts and dates to you formally.

We value the work your team did on the hall and have every intention of paying in full. I would be grateful for your understanding.

Yours faithfully,

Alison Reid
Honorary Treasurer
Holmfirth Community Centre
Registered Charity No. 1098452
Tel: 01484 683 207"""),

    dict(id="s15enb041", country="US", date="2027-01-19T12:26", fmt="apple", stage="firm", ago=3,
         inv="HCF-5509", amt="640.00", due="2026-11-30",
         frm="Gloria Fenstermaker <gfenstermaker@aol.com>",
         intent="paid", paid_on="2027-01-18",
         note="Paid by card over the phone yesterday (18 January).",
         body="""I paid this yesterday with my Visa over the phone. I spoke to Denise in your office and she gave me a confirmation number, 55190. Please update your records so I stop getting these notices.

Gloria Fenstermaker

Sent from my iPad"""),

    dict(id="s15enb042", country="GB", date="2027-01-20T11:41", fmt="gmail", stage="second_reminder", ago=1,
         inv="POI-23215", amt="2,064.00", due="2026-12-31",
         frm="Mark Tennant <mark.tennant@tennantarchitects.co.uk>",
         intent="dispute",
         note="Says POI-23215 duplicates POI-23198, already paid; asks for cancellation/credit.",
         body="""Hi,

I think this is a duplicate. POI-23215 is for exactly the same items (4 x Aeron chairs and the delivery charge, £2,064.00) as POI-23198, which we paid in full back in December.

We only ordered the chairs once. Could you please check and cancel 23215 or send a credit note?

Thanks

Mark Tennant RIBA
Tennant Architects
0161 834 2290"""),

    dict(id="s15enb043", country="FR", date="2027-01-18T09:08", fmt="html_outlook", stage="reminder", ago=3,
         inv="TM-26-1011", amt="4 118,50", due="2027-01-10",
         frm="Mette Kjærgaard <mkj@nordlys-design.dk>",
         intent="contact_change", new_email="invoice@nordlys-design.dk",
         note="Danish customer asks that invoices and reminders go to the invoice scanning address.",
         body="""Dear Tissages Morvan,

Thank you for your email. From 1 January we have moved to a new invoice scanning system, and all supplier invoices and reminders must be sent to invoice@nordlys-design.dk. Mails sent to personal addresses are not registered and may be delayed.

Could you please update your records and resend TM-26-1011 to the new address? Then it will go into approval directly.

Best regards / Med venlig hilsen

Mette Kjærgaard
Purchasing Coordinator
Nordlys Design A/S
Vestergade 14, 8000 Aarhus C, Denmark
+45 86 12 40 77"""),

    dict(id="s15enb044", country="US", date="2027-01-15T17:52", fmt="gmail", stage="second_reminder", ago=2,
         inv="HCF-5545", amt="3,210.00", due="2026-12-20",
         frm="Danny Pruitt <danny@pruittautobody.net>",
         intent="promise", promise_date="2027-01-22",
         note="Typos; will pay on the 22nd (January 22).",
         body="""Hi Beth,

Sorry for the dealy on this one, we had a insurance check come in late from a big job. I will have the payment to you on the 22nd for the full amout, you can hold me to that.

thanks
Danny Pruitt
Pruitt Auto Body
937-555-0112"""),

    dict(id="s15enb045", country="GB", date="2027-01-08T13:37", fmt="outlook", stage="firm", ago=3,
         inv="POI-23092", amt="5,550.00", due="2026-11-20",
         frm="Colin Hargreaves <colin@hargreavesprint.co.uk>",
         intent="other",
         note="Business sold; seller says the buyer took on the liabilities and points to the buyer's solicitors. Neither a promise nor a dispute of the invoice itself.",
         body="""Good afternoon,

I should let you know that I sold Hargreaves Print Ltd to Calder Valley Media Group on 30 November 2026. Under the sale agreement the purchaser took on the company's trade creditors, including your invoice.

I no longer have access to the company's bank accounts. Please contact the purchaser's solicitors, Lambert Shaw LLP (ref. DK/CVMG/114), who are handling the completion accounts.

Regards,

Colin Hargreaves"""),

    dict(id="s15enb046", country="US", date="2027-01-21T08:56", fmt="gmail", stage="repeat", ago=1,
         inv="HCF-5539", amt="1,120.00", due="2026-12-15",
         frm="Pam Ostrowski <pam@ostrowskidental.com>",
         intent="paid",
         note="Says it was paid last week; no exact day.",
         body="""Good morning,

This was paid last week by check. Please check your deposits again before sending another reminder. If you need the check number I can get it from our bookkeeper on Monday.

Pam Ostrowski
Office Manager
Ostrowski Family Dentistry
(937) 555-0143"""),

    dict(id="s15enb047", country="GB", date="2027-01-19T15:05", fmt="outlook", stage="second_reminder", ago=2,
         inv="POI-23224", amt="11,874.00", due="2027-01-08",
         frm="Anita Desai <anita.desai@greyfriarsgroup.co.uk>",
         intent="promise",
         note="Will be paid in the payment run w/c 25 January: a week, no single date.",
         body="""Hello,

Thanks for your email. This invoice has been authorised and will be included in our next payment run, w/c 25th January.

Regards,

Anita Desai
Accounts Assistant
Greyfriars Group Ltd | 2 Friar Lane, Leicester LE1 5RA
DD: 0116 253 9941

Greyfriars Group Ltd, registered in England and Wales no. 05519238. Registered office as above."""),

    dict(id="s15enb048", country="FR", date="2026-12-21T09:01", fmt="ooo", stage="reminder", ago=0,
         inv="TM-26-0962", amt="2 760,00", due="2026-12-15",
         frm="Sanna Virtanen <sanna.virtanen@koivuhuonekalu.fi>",
         intent="out_of_office", return_date="2027-01-07",
         note="Finnish company closed 21.12.2026-6.1.2027; first day back is Thursday 7 January.",
         subj="Automatic reply: Relance : facture TM-26-0962 échue – Tissages Morvan SAS",
         body="""Thank you for your message.

Our office is closed for the Christmas holidays 21.12.2026 - 6.1.2027. Messages are not read during this time and will be answered after the holidays.

Kiitos viestistäsi. Toimistomme on suljettu 21.12.2026 - 6.1.2027.

Sanna Virtanen
Koivu Huonekalu Oy
Lahti, Finland"""),

    dict(id="s15enb049", country="US", date="2027-01-25T14:14", fmt="outlook", stage="firm", ago=4,
         inv=[("HCF-5501", "2,480.00", "2026-11-05"), ("HCF-5533", "1,365.00", "2026-12-04"), ("HCF-5548", "910.00", "2026-12-22")],
         frm="Victor Almeida <valmeida@midwestrailparts.com>",
         intent="copy_request",
         note="Balances don't match; asks for a full statement of account before paying.",
         body="""Hello,

Our ledger does not agree with the balance in your reminder. We show HCF-5501 as paid on our check run in December and we have no record of HCF-5548 at all.

Before we release anything, please send a complete statement of account for Midwest Rail Parts showing all invoices, payments and credits since September 1, and a copy of HCF-5548 with the packing slip.

Thank you,

Victor Almeida
AP Supervisor
Midwest Rail Parts Co.
Fort Wayne, IN
260-555-0121"""),

    dict(id="s15enb050", country="GB", date="2027-01-26T19:21", fmt="apple", stage="final_notice", ago=1,
         inv="POI-23158", amt="1,236.00", due="2026-12-18",
         frm="Lee Brannigan <leebranniganjoinery@hotmail.co.uk>",
         intent="promise",
         note="Phone-typed: will pay once his own customer pays him; no date.",
         body="""ok ok i know its late mate. been waiting on a big job to pay me since before xmas. soon as that lands ill clear yours in full, no need for the debt collectors

lee

Sent from my iPhone"""),
]
