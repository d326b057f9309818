"""en_a: English replies, written by hand one by one (set 15)."""

CASES = [
    dict(id="s15ena001", country="GB", date="2026-12-09T21:47", fmt="apple", stage="reminder", ago=2,
         inv="PCS-10522", amt="547.80", due="2026-11-20",
         frm="Gaz Whitlock <gazwhitlock73@icloud.com>",
         intent="promise", promise_date="2026-12-11",
         note="Will pay on Friday (reply sent Wednesday 9 Dec) -> 11 Dec.",
         body="""Hi mate, sorry been flat out with xmas bookings. Ill sort this friday when the card takings clear

Gaz
Red Lion Belper

Sent from my iPhone"""),

    dict(id="s15ena002", country="US", date="2026-12-08T10:15", fmt="gmail", stage="reminder", ago=1,
         inv="NPS-4388", amt="615.00", due="2026-11-15",
         frm="St. Brendan Parish Office <office@stbrendanparish-oakpark.org>",
         intent="paid", paid_on="2026-12-04",
         note="Check mailed on 12/4 (month-first); asks to be told if it has not arrived.",
         body="""Good morning,

We mailed a check for this invoice on 12/4 (check #3318, $615.00), so it may have crossed with your email. Please let me know if it hasn't arrived by the end of next week.

Thank you and God bless,
Maureen Kowalski
Parish Administrator
St. Brendan Parish
708-555-0142"""),

    dict(id="s15ena003", country="FR", loc="GB", date="2026-12-10T11:32", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA-2026-0917", amt="18 640,00", due="2026-11-10",
         frm="Fiona MacLeod <fiona.macleod@glenarroch-distillery.co.uk>",
         intent="dispute",
         note="Scottish distillery refuses to pay in full until 6 leaking casks are replaced or credited.",
         body="""Dear Sir/Madam,

Thank you for your reminder regarding invoice FA-2026-0917.

As I explained to Mr Baudry by phone on 19 November, six of the 40 ex-cognac hogsheads delivered on 4 November were found to be weeping at the heads when filled, and our cooper has had to set them aside. Photographs and our warehouse report were sent to your sales office on 20 November, but we have not had a reply.

We are not in a position to pay the invoice in full until either the six casks are replaced or a credit note is issued for them (6 x €466,00). We are happy to settle the balance for the 34 sound casks as soon as we receive the revised invoice.

Kind regards,

Fiona MacLeod
Purchasing & Logistics
Glenarroch Distillery Ltd
Arrochar Road, Tarbet, Argyll G83 7DJ
T: +44 (0)1301 702 118

Glenarroch Distillery Ltd is registered in Scotland, company no. SC298114. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""),

    dict(id="s15ena004", country="GB", date="2026-12-18T15:40", fmt="ooo", stage="reminder", ago=0,
         inv="PCS-10533", amt="2,316.40", due="2026-11-30",
         frm="Business Office <bursar@hollinwoodacademy.org.uk>",
         intent="out_of_office", return_date="2027-01-04",
         note="School closed for Christmas; office reopens Monday 4 January 2027.",
         body="""Thank you for your email.

The school is now closed for the Christmas holidays and the Business Office will reopen on Monday 4 January 2027. Emails are not monitored during the closure. Invoices received will be processed in date order on our return.

Mrs K. Andrews
School Business Manager
Hollinwood Academy"""),

    dict(id="s15ena005", country="US", date="2026-12-15T13:02", fmt="gmail", stage="second_reminder", ago=1,
         inv="NPS-4412", amt="1,184.50", due="2026-11-20",
         frm="Tony Bianchi <tony@bianchistrattoria.com>",
         intent="promise",
         note="Will pay 'after the holidays': commitment without a single day.",
         body="""hey guys - got this. december is nuts for us, between the holiday parties and two of my cooks out sick. I'll get it paid after the holidays, I promise. Sorry for the wait

Tony"""),

    dict(id="s15ena006", country="GB", date="2026-12-14T10:20", fmt="outlook", stage="firm", ago=3,
         inv="PCS-10397", amt="3,840.00", due="2026-10-31",
         frm="Sandra Okafor <manager@briarleacarehome.co.uk>",
         intent="plan_request",
         note="Care home asks to spread the balance over 3-4 monthly instalments; no date committed.",
         body="""Dear Accounts Team,

I am sorry this invoice is still outstanding. We have had a difficult autumn: two of our local authority placements have been paid late and our cash flow is very tight until that is resolved.

Would it be possible to spread the balance over three or four monthly instalments? I would rather agree something with you now than keep missing your deadlines. Please let me know what you could accept.

Kind regards,

Sandra Okafor
Registered Manager
Briarlea Care Home
01509 412 377"""),

    dict(id="s15ena007", country="FR", loc="GB", date="2026-12-21T08:14", off="+1030", fmt="gmail", stage="reminder", ago=3,
         inv="FA-2026-0978", amt="9 320,00", due="2026-12-01",
         frm="Brett Halloran <brett@redgumridgewines.com.au>",
         intent="promise", promise_date="2027-01-15",
         note="Australian winery: international payments go out on the 15th; this one on 15 January.",
         body="""G'day,

Thanks for the reminder, and apologies for the delay - we're flat out with bottling before the break. Our international payments go out on the 15th of each month, so this one will be paid on the 15th of January, in euros. If you need it sooner let me know and I'll see what I can do with the bank.

Cheers,
Brett Halloran
Winemaker / GM
Red Gum Ridge Wines
McLaren Vale SA 5171
+61 8 8323 0145"""),

    dict(id="s15ena008", country="US", date="2027-01-06T14:48", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="NPS-4455", amt="2,960.00", due="2026-12-15",
         frm="Accounts Payable <ap.invoices@mercyridgehealth.org>",
         intent="copy_request",
         note="Hospital AP cannot process without a PO number; asks for invoice to be resubmitted with PO.",
         body="""Hello,

We are unable to locate this invoice in our system. All vendor invoices for Mercy Ridge Health must reference a valid purchase order number (format 45000xxxxx) to be processed.

Please resubmit invoice NPS-4455 with the PO number provided by the requesting department, or reply with the PO and we will match it.

Thank you,

DeShawn Carter
Accounts Payable Specialist
Mercy Ridge Health System
P: (630) 555-0193 | F: (630) 555-0199

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited."""),

    dict(id="s15ena009", country="GB", date="2027-01-05T08:52", fmt="gmail", stage="repeat", ago=1,
         inv="PCS-10611", amt="486.20", due="2026-12-18",
         frm="The Old Forge Tearoom <oldforgetearoom@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Paid this morning by bank transfer.",
         body="""Paid this morning by bank transfer, ref PCS-10611. Sorry, we were closed over Christmas and I've only just got back to the emails.

Liz"""),

    dict(id="s15ena010", country="US", date="2027-01-11T09:35", fmt="outlook", stage="reminder", ago=4,
         inv="NPS-4471", amt="845.00", due="2026-12-31",
         frm="Karen Lefebvre <klefebvre@riverfrontpm.ca>",
         intent="contact_change", new_email="payables@riverfrontpm.ca",
         note="Canadian property manager: no longer in accounting; send invoices/reminders to payables inbox.",
         body="""Hi there,

I moved out of Riverfront's accounting team at the end of December and I'm now in leasing, so I can't action this. Please send this and any future invoices or reminders for the Lakeview Commons account to our payables inbox: payables@riverfrontpm.ca

Thanks,
Karen

Karen Lefebvre | Leasing Coordinator
Riverfront Property Management Inc.
3200 Riverside Dr E, Windsor, ON N8Y 1A9
519-555-0166"""),

    dict(id="s15ena011", country="GB", date="2027-01-12T11:05", fmt="tb", stage="second_reminder", ago=2,
         inv="PCS-10588", amt="1,274.90", due="2026-12-20",
         frm="Ian Crowther <ian@crowthersbutchers.co.uk>",
         intent="bank_details",
         note="Received a letter announcing new bank details, suspects fraud; wants to verify before paying.",
         body="""Hello,

Before I pay this one, can someone confirm your bank details please? Last week we got a letter, supposedly from Penrose, saying you'd moved to a new bank with a new sort code and account number. It didn't look quite right to me and my accountant says there's a lot of this sort of fraud about.

I'd rather ring and check - what's the best number to call, and who should I ask for?

Thanks
Ian Crowther
Crowther & Son Family Butchers
01332 550 218"""),

    dict(id="s15ena012", country="US", date="2026-12-17T19:26", fmt="none", stage="repeat", ago=3,
         inv="NPS-4369", amt="275.00", due="2026-11-01",
         frm="Greg Pulaski <gpulaski1961@yahoo.com>",
         intent="unsubscribe",
         note="Demands to be taken off the email list; no payment statement or commitment.",
         body="""Stop sending me these emails. Unsubscribe me from this list. If there's something to talk about I'll talk to Ray on the phone, not to a robot."""),

    dict(id="s15ena013", country="FR", date="2026-12-09T09:04", fmt="bounce", stage="reminder",
         inv="FA-2026-0934", amt="6 990,00", due="2026-11-25",
         rcpt="d.oshea@ballykeel-distillery.ie", status="5.1.1",
         mta="eu-west-3.amazonses.com", remote="mail.ballykeel-distillery.ie",
         diag="550 5.1.1 <d.oshea@ballykeel-distillery.ie>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""An error occurred while trying to deliver the mail to the following recipients:

d.oshea@ballykeel-distillery.ie

The remote server returned: 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table. The recipient's email address may be misspelled or may no longer exist."""),

    dict(id="s15ena014", country="GB", date="2026-12-08T16:40", fmt="apple", stage="reminder", ago=1,
         inv="PCS-10502", amt="712.35", due="2026-11-27",
         frm="Dev Mistry <dev@mistryeventcatering.co.uk>",
         intent="other",
         note="Passed to his bookkeeper; no payment statement or commitment, no request to redirect reminders.",
         body="""Hi,

I don't deal with the payments myself - I've forwarded this on to my bookkeeper, Janet Hurst at JH Bookkeeping, who does all my supplier runs. She'll be in touch if she needs anything from you.

Regards
Dev

Mistry Event Catering
07789 334 120"""),

    dict(id="s15ena015", country="US", date="2026-12-10T16:12", fmt="html_outlook", stage="reminder", ago=3,
         inv="NPS-4402", amt="3,415.00", due="2026-11-30",
         frm="Linda Tran <ltran@harborviewrealtygroup.com>",
         intent="promise", promise_date="2026-12-18",
         note="Approved and scheduled for ACH payment on 12/18.",
         body="""Hi,

Thank you for the reminder. Invoice NPS-4402 has been approved and is scheduled for payment on 12/18 via ACH. Please allow 1-2 business days for the funds to post.

Best regards,

Linda Tran
Office Manager | Harborview Realty Group
(847) 555-0124 | ltran@harborviewrealtygroup.com
1450 Sheridan Rd, Wilmette, IL 60091"""),

    dict(id="s15ena016", country="GB", date="2027-01-07T12:20", fmt="gmail", stage="reminder", ago=2,
         inv="PCS-10620", amt="398.60", due="2026-12-22",
         frm="Stevie Rennie <weebeancafe.glasgow@gmail.com>",
         intent="promise", promise_date="2027-01-11",
         note="Glasgow cafe will pay on Monday (reply Thursday 7 Jan) -> 11 Jan.",
         body="""aye no bother, il get that paid monday when the weekend takings go in the bank. sorry for the delay, january is dead

Stevie
The Wee Bean, Dennistoun"""),

    dict(id="s15ena017", country="GB", date="2026-12-16T09:48", fmt="outlook", stage="second_reminder", ago=2,
         inv="PCS-10476", amt="1,062.00", due="2026-11-13",
         frm="Ciaran Doherty <ciaran@doherty-bakes.co.uk>",
         intent="paid",
         note="Belfast bakery: paid 'over a week ago' by transfer; no exact day.",
         body="""Hi,

This was paid over a week ago by bank transfer - I can see it gone out of our account. Can you check again with your bank please and stop the reminders.

Ciaran Doherty
Doherty's Home Bakery
Ormeau Road, Belfast BT7
028 9064 1187"""),

    dict(id="s15ena018", country="US", date="2026-12-09T22:03", fmt="apple", stage="second_reminder", ago=2,
         inv="NPS-4391", amt="1,480.00", due="2026-11-25",
         frm="Marcus Dell <marcus@dellautobody.com>",
         intent="dispute",
         note="Banners printed with wrong phone number; refuses to pay until reprinted.",
         body="""Are you kidding me. The banners you printed have our phone number WRONG. 773-555-0148 not 0184. I called Jeff about it the day they were delivered and he said you'd reprint. Nobody has reprinted anything and now you want 1480 bucks for banners I cant even hang. Not paying a dime until I get banners with the right number on them

Sent from my iPhone"""),

    dict(id="s15ena019", country="FR", loc="GB", date="2026-12-22T09:20", fmt="ooo", stage="firm", ago=0,
         inv="FA-2026-0956", amt="12 450,00", due="2026-11-30",
         frm="Aoife Brennan <aoife.brennan@kilcarranwhiskey.ie>",
         intent="out_of_office", return_date="2027-01-05",
         note="Irish distillery auto-reply: back in the office Tuesday 5 January 2027.",
         body="""Hi,

Thank you for your email. I am on annual leave from 21 December and will be back in the office on Tuesday 5 January 2027.

For urgent purchasing queries please contact purchasing@kilcarranwhiskey.ie. Accounts queries can be sent to accounts@kilcarranwhiskey.ie.

Go raibh maith agat,
Aoife Brennan
Procurement Lead, Kilcarran Whiskey"""),

    dict(id="s15ena020", country="US", date="2027-01-15T18:40", fmt="gmail", stage="firm", ago=3,
         inv="NPS-4430", amt="1,240.00", due="2026-12-10",
         frm="Jess Moreno <jessmorenophoto@gmail.com>",
         intent="paid", paid_on="2027-01-15",
         note="Partial payment ($500 of $1,240) sent by Zelle today; rest only 'as soon as' clients pay, no date.",
         body="""Hi Northgate team,

I just sent $500 through Zelle to the billing number on your website (memo: NPS-4430). I know it's not the full amount, things have been slow since the holidays. I'll send more as soon as a couple of my clients pay me.

Thanks for your patience,
Jess Moreno
Jess Moreno Photography"""),

    dict(id="s15ena021", country="GB", date="2026-12-14T20:15", fmt="html_gmail", stage="reminder", ago=3,
         inv="PCS-10541", amt="654.00", due="2026-12-04",
         frm="Priya Shah <priya@shahandsparkle.events>",
         intent="promise", promise_date="2026-12-22",
         note="Will transfer on the 22nd (December), once her own client has paid.",
         body="""Hi both,

Sorry this one slipped – I'm waiting on a client for the Christmas ball I catered and they've promised payment by the 21st. I'll transfer yours on the 22nd as soon as theirs lands.

Thanks for bearing with me!
Priya

Shah & Sparkle Events
07412 908 331"""),

    dict(id="s15ena022", country="FR", loc="US", date="2027-01-13T16:55", off="-0500", fmt="outlook", stage="second_reminder", ago=2,
         inv="FA-2026-1003", amt="7 180,00", due="2026-12-20",
         frm="Melissa Chow <mchow@twelvemilecreekestate.ca>",
         intent="copy_request",
         note="Canadian winery never got the invoice; asks for PDF copy and commercial invoice for customs before paying.",
         body="""Good morning,

We do not appear to have received the original invoice for this shipment - only the packing list came with the barrels. Could you please email a PDF copy of invoice FA-2026-1003, along with the commercial invoice used for customs (CBSA needs to see the HS code and country of origin)? Our controller won't release payment without both documents on file.

Thank you,

Melissa Chow
Finance & Administration
Twelve Mile Creek Estate Winery
Beamsville, Ontario L0R 1B0
Tel. 905-555-0172"""),

    dict(id="s15ena023", country="US", date="2026-12-21T09:31", fmt="ooo", stage="reminder", ago=0,
         inv="NPS-4440", amt="612.00", due="2026-12-10",
         frm="Accounts Payable <accountspayable@d62schools.org>",
         intent="out_of_office", return_date="2027-01-04",
         note="School district closed for winter break; returns Monday January 4, 2027.",
         body="""Thank you for contacting the District 62 Business Office.

Our offices are closed for Winter Break from Monday, December 21 through Friday, January 1. We will return on Monday, January 4, 2027 and will respond to messages in the order they were received.

Vendor payments are processed on the 2nd and 4th Tuesday of each month.

District 62 Business Office"""),

    dict(id="s15ena024", country="GB", date="2026-12-10T14:22", fmt="tb", stage="reminder", ago=2,
         inv="PCS-10517", amt="238.75", due="2026-11-30",
         frm="Alan Prentice <alan.prentice@ntlworld.com>",
         intent="paid", paid_on="2026-12-08",
         note="Paid by card over the phone on Tuesday (reply Thursday 10 Dec) -> 8 Dec.",
         body="""Good afternoon,

I paid this by card over the phone with your colleague Sue on Tuesday morning, so I think our emails may have crossed. She gave me an authorisation code, 448201, if that helps.

Best wishes
Alan Prentice
Treasurer, Little Dalby Village Hall"""),

    dict(id="s15ena025", country="GB", date="2027-01-19T10:02", fmt="html_outlook", stage="firm", ago=4,
         inv="PCS-10564", amt="4,128.00", due="2026-12-31",
         frm="Rachel Dunmore <accounts@thewoolhallhotel.co.uk>",
         intent="dispute",
         note="Hotel rejects invoice until credit note for 8 returned chafing dishes is issued; contests interest.",
         body="""Dear Sirs,

We do not accept this invoice in its current form.

Of the 24 chafing dishes delivered on 8 December, 8 arrived with broken lid hinges. They were collected by your driver on 14 December and your account manager, David Hale, confirmed by email the same day that a credit note would follow. No credit note has been received and the invoice still shows the full £4,128.00.

Please issue the credit note for the returned items (8 x £140.00 = £1,120.00 + VAT) and send us a revised statement. The undisputed balance will be paid on our next supplier run once this is resolved.

I would also ask that the statutory interest referred to in your letter is withdrawn, given that the delay is on your side.

Yours faithfully,

Rachel Dunmore
Financial Controller
The Wool Hall Hotel & Spa
Lavenham, Suffolk CO10 9QA
Tel: 01787 248 600

The Wool Hall Hotel Limited. Registered in England No. 05522871. Registered office: Church Street, Lavenham, Suffolk CO10 9QA."""),

    dict(id="s15ena026", country="US", date="2027-01-19T07:51", fmt="gmail", stage="reminder", ago=1,
         inv="NPS-4490", amt="325.00", due="2027-01-08",
         frm="Kenny Walsh <kwalshplumbing@gmail.com>",
         intent="promise", promise_date="2027-01-22",
         note="'by friday' from Tuesday 19 Jan -> 22 Jan.",
         body="""will pay by friday thx"""),

    dict(id="s15ena027", country="FR", loc="GB", date="2026-12-14T10:40", fmt="apple", stage="reminder", ago=3,
         inv="FA-2026-0941", amt="3 260,00", due="2026-11-30",
         frm="Oliver Hawthorne <oliver@hawthornevale.co.uk>",
         intent="paid", paid_on="2026-12-11",
         note="English wine estate paid by international transfer on Friday 11 December.",
         body="""Bonjour,

We settled this by international transfer on Friday 11 December - confirmation from our bank attached. It's a SWIFT payment so it may take two or three working days to reach your account.

Merci et bonnes fêtes,

Oliver

Oliver Hawthorne
Hawthorne & Vale Wine Estate
Ditchling, East Sussex"""),

    dict(id="s15ena028", country="US", date="2026-12-29T11:18", fmt="tb", stage="firm", ago=6,
         inv="NPS-4421", amt="1,950.00", due="2026-11-30",
         frm="Angela Ruiz <angela@westsideyoutharts.org>",
         intent="plan_request",
         note="Nonprofit asks to pay in monthly installments ($250-300); no date committed.",
         body="""Hello,

Thank you for your patience with us. The signage you printed for our fall showcase was beautiful and we fully intend to pay for it. Unfortunately our main grant payment has been delayed until the spring and we are running on very little right now.

Would you be willing to let us pay this off in monthly installments? We could probably manage $250-300 a month. Please let me know if something like that would work and who I should talk to.

Warmly,
Angela Ruiz
Executive Director
Westside Youth Arts Collective
(773) 555-0109
A 501(c)(3) nonprofit organization"""),

    dict(id="s15ena029", country="GB", date="2027-01-21T13:37", fmt="gmail", stage="repeat", ago=2,
         inv="PCS-10598", amt="89.40", due="2026-12-28",
         frm="Margaret Hollis <maggie.hollis52@btinternet.com>",
         intent="unsubscribe",
         note="Asks to be taken off the email list; says nothing about payment.",
         body="""Please take me off your email list. I don't want these messages coming to my home email. Thank you.

M. Hollis"""),

    dict(id="s15ena030", country="US", date="2026-12-11T15:09", fmt="html_gmail", stage="reminder", ago=4,
         inv="NPS-4397", amt="560.00", due="2026-11-28",
         frm="Dana Whitfield <dwhitfield.studio@gmail.com>",
         intent="other",
         note="Wrong recipient: never ordered from the firm, suggests a similarly named customer.",
         body="""Hi,

I think this was sent to me by mistake. I've never ordered anything from Northgate Print & Sign and I don't recognize this invoice number. Maybe you have a customer with a similar name or email? There's a Dana Whitford who does events around here, could be her.

Anyway, just wanted to let you know so she gets the bill and not me :)

Dana"""),

    dict(id="s15ena031", country="GB", date="2027-01-08T10:14", fmt="outlook", fwd=True, stage="final_notice", ago=3,
         inv=[("PCS-10489", "1,845.00", "2026-11-20"), ("PCS-10552", "932.60", "2026-12-11")],
         frm="Helen Marsh <helen.marsh@ashworthhospitality.co.uk>",
         intent="promise", promise_date="2027-01-29",
         note="PA forwards the MD's answer: both invoices paid on the 29th (January) with the other suppliers.",
         body="""Good morning,

Please see Mr Ashworth's reply below regarding the two outstanding invoices.

Kind regards,
Helen Marsh
PA to Richard Ashworth
Ashworth Hospitality Group
01664 503 220

-----Original Message-----
From: Richard Ashworth <richard@ashworthhospitality.co.uk>
Sent: 07 January 2027 18:52
To: Helen Marsh <helen.marsh@ashworthhospitality.co.uk>
Subject: RE: Final reminder before referral – invoices PCS-10489 and PCS-10552 – Penrose Catering Supplies Ltd

Helen - tell them both will be paid on the 29th with the rest of the January suppliers. No need for talk of collection agencies, we've dealt with them for ten years.

R"""),

    dict(id="s15ena032", country="FR", loc="GB", date="2026-12-22T09:03", off="+1100", fmt="ooo", stage="reminder", ago=0,
         inv="FA-2026-0988", amt="14 760,00", due="2026-12-15",
         frm="Sophie Nguyen <sophie@yarrowbendestate.com.au>",
         intent="out_of_office", return_date="2027-01-18",
         note="Australian winery auto-reply: back on Monday 18 January.",
         body="""Hi, thanks for your email.

I'm on leave over the Christmas/New Year break and then straight into vintage prep, so I won't be checking emails until I'm back on Monday 18 January.

For anything urgent relating to accounts or payments, please contact our office manager Tracey Ellis on tracey@yarrowbendestate.com.au or +61 3 5962 1180.

Cheers,
Sophie Nguyen
Yarrow Bend Estate | Yarra Valley, VIC"""),

    dict(id="s15ena033", country="US", date="2027-01-14T07:22", fmt="apple", stage="reminder", ago=2,
         inv="NPS-4478", amt="188.00", due="2027-01-02",
         frm="Rob Castellano <robcast@comcast.net>",
         intent="paid", paid_on="2027-01-13",
         note="Paid online 'last night' (reply morning of 14 Jan) -> 13 Jan.",
         body="""Paid it online through your link last night. Should show up

Sent from my iPhone"""),

    dict(id="s15ena034", country="GB", date="2027-01-11T11:50", fmt="outlook", stage="reminder", ago=4,
         inv="PCS-10603", amt="1,096.80", due="2026-12-31",
         frm="Tom Baines <tom@bainesandco-deli.co.uk>",
         intent="promise", promise_date="2027-01-15",
         note="Will pay Friday 15th; side request for a statement (possible £45 credit) does not block payment.",
         body="""Hi,

No problem, we'll pay this on Friday 15th along with our other suppliers.

While I have you - could you send me a statement of account? I'm fairly sure there's a credit of £45 from the short delivery in October that hasn't been taken off anywhere.

Thanks,
Tom Baines
Baines & Co Delicatessen
01572 722 406"""),

    dict(id="s15ena035", country="US", date="2026-12-16T10:44", fmt="html_outlook", stage="second_reminder", ago=2,
         inv=[("NPS-4405", "2,180.00", "2026-11-30"), ("NPS-4418", "2,180.00", "2026-12-05")],
         frm="Brian Osei <bosei@lakeshorehomegroup.com>",
         intent="dispute",
         note="Duplicate billing: asks to void NPS-4418; will pay NPS-4405 only after the void is confirmed.",
         body="""Hello,

You have billed us twice for the same job. NPS-4405 and NPS-4418 are both for the 200 coroplast yard signs for the Maple Ridge open house (same quantity, same amount, same delivery). We placed one order and received one delivery.

Please void NPS-4418 and send a corrected statement. We will pay NPS-4405 once we have confirmation of the void.

Thanks,

Brian Osei
Marketing Coordinator
Lakeshore Home Group
O: (224) 555-0177

This message and any attachments may contain confidential information. If you are not the intended recipient, please notify the sender and delete this message."""),

    dict(id="s15ena036", country="GB", date="2026-12-09T09:30", fmt="tb", stage="reminder", ago=2,
         inv="PCS-10509", amt="1,542.00", due="2026-11-26",
         frm="Market Wrenby Town Council <finance@marketwrenby-tc.gov.uk>",
         intent="copy_request",
         note="Council never received the invoice; asks for a copy quoting its official order number.",
         body="""Dear Sir/Madam

We have no record of receiving invoice PCS-10509. The Council can only pay against an invoice addressed to the Town Clerk and quoting an official order number, which for the Remembrance Sunday refreshments would be MW/2026/118.

Please could you send a copy of the invoice with the order number shown, so that it can be added to the payments schedule for the next council meeting.

Yours faithfully

J. Pargeter
Assistant Clerk (Finance)
Market Wrenby Town Council
The Guildhall, Market Place, Market Wrenby
Tel: 01476 861 304"""),

    dict(id="s15ena037", country="FR", loc="US", date="2027-01-04T18:30", off="-0800", fmt="gmail", stage="firm", ago=4,
         inv="FA-2026-0962", amt="22 140,00", due="2026-12-05",
         frm="Carlos Medina <cmedina@stillwatercellars.com>",
         intent="promise", promise_date="2027-01-08",
         note="Napa winery: wire scheduled for January 8th.",
         body="""Hi there,

Sorry for the delay on this one - our controller was out over the holidays. The wire for FA-2026-0962 (EUR 22,140.00) is scheduled for January 8th. I'll forward the MT103 once it's gone out.

Happy New Year / Bonne année,
Carlos

Carlos Medina
Director of Winemaking Operations
Stillwater Cellars
St. Helena, CA
(707) 555-0138"""),

    dict(id="s15ena038", country="GB", date="2026-12-11T12:05", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="PCS-10458", amt="2,775.00", due="2026-11-05",
         frm="Accounts <accounts@bramleyfoodhall.co.uk>",
         intent="other",
         note="Debtor in administration since 2 Dec 2026: creditor must lodge a proof of debt with the administrators.",
         body="""Dear Sir or Madam

Bramley Food Hall Limited – In Administration

Please note that Bramley Food Hall Limited entered administration on 2 December 2026 and Andrew Kerr and Sarah Lomax of Grayson Kerr LLP were appointed Joint Administrators.

The affairs, business and property of the company are being managed by the Joint Administrators, who act as agents of the company and without personal liability.

Amounts owed to you before the appointment cannot be paid by the company. If you are a creditor, please submit a proof of debt to the Joint Administrators at bramley@graysonkerr.co.uk, quoting your invoice number(s). A statutory notice to creditors will follow by post.

Yours faithfully

For and on behalf of Bramley Food Hall Limited (In Administration)
Nicola Yates
Manager, Restructuring
Grayson Kerr LLP, 3 Colmore Row, Birmingham B3 2BS

Grayson Kerr LLP is a limited liability partnership registered in England and Wales (OC412290). Andrew Kerr and Sarah Lomax are licensed in the UK by the Insolvency Practitioners Association."""),

    dict(id="s15ena039", country="US", date="2027-01-20T13:40", fmt="outlook", stage="second_reminder", ago=2,
         inv="NPS-4483", amt="4,260.00", due="2027-01-05",
         frm="Patricia Gomez <pgomez@elmhurstparkdistrict.org>",
         intent="bank_details",
         note="ACH details on the invoice differ from those on file; asks for verbal verification before paying.",
         body="""Good afternoon,

We are ready to pay invoice NPS-4483, however the ACH remittance information on it (routing number ending 0419) is different from what we have on file for Northgate from last year (ending 7723).

Per our fraud-prevention policy we cannot update vendor banking details from an email. Please have someone from your accounting department call me at the number below to verify the account, or send a signed ACH authorization form on company letterhead.

Thank you,
Patricia Gomez
Accounts Payable
Elmhurst Park District
630-555-0151"""),

    dict(id="s15ena040", country="GB", date="2026-12-24T09:02", fmt="ooo", stage="heads_up", ago=0,
         inv="PCS-10627", amt="1,388.00", due="2027-01-08",
         frm="Chris Latham <chris.latham@thegrainstore-kitchen.co.uk>",
         intent="out_of_office", return_date="2027-01-06",
         note="Out until Tuesday 5 January inclusive -> back Wednesday 6 January.",
         body="""Hi,

I'm out of the office until Tuesday 5th January inclusive and emails won't be picked up over the break. For deliveries please call the kitchen on 01522 811 947.

Merry Christmas!
Chris"""),

    dict(id="s15ena041", country="US", date="2026-12-08T14:05", fmt="gmail", stage="reminder", ago=1,
         inv="NPS-4385", amt="3,120.00", due="2026-11-20",
         frm="Nadia Petrov <nadia@brightlinexhibits.ca>",
         intent="promise",
         note="Canadian customer: wire 'early in the new year' after year-end close; no single day.",
         body="""Hi Northgate team,

Thanks for the nudge! We're just waiting for our year-end close to wrap up (our fiscal year ends Dec 31), and we'll have this sent by wire in USD early in the new year. Apologies for the wait - the booth graphics were a big hit at the Toronto show, by the way.

Nadia Petrov
Operations Manager
Brightline Exhibits Inc.
Mississauga, ON
905-555-0133"""),

    dict(id="s15ena042", country="GB", date="2026-12-14T07:05", fmt="tb", stage="second_reminder", ago=3,
         inv="PCS-10468", amt="614.50", due="2026-11-10",
         frm="Morag Cairns <mcairns@kirkbraefarmshop.co.uk>",
         intent="paid", paid_on="2026-12-12",
         note="Cheque posted on Saturday (reply Monday 14 Dec) -> 12 Dec.",
         body="""Morning,

Cheque for the full £614.50 went in the post on Saturday (first class) so you should have it in the next day or two. Sorry it's been so long, we've had a nightmare with the tractor and the Christmas turkeys all at once.

Morag
Kirkbrae Farm Shop & Café
By Crieff, Perthshire"""),

    dict(id="s15ena043", country="FR", loc="GB", date="2027-01-18T10:30", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FA-2026-1021", amt="8 640,00", due="2026-12-31",
         frm="Declan Foley <declan.foley@ballinafadwhiskey.ie>", cc="ap@conwaydrinksgroup.ie",
         intent="contact_change", new_email="ap@conwaydrinksgroup.ie",
         note="Irish distillery: invoices now handled by group finance in Dublin; send to new AP address.",
         body="""Hello,

Please note that since 1 January all supplier invoices for Ballinafad Whiskey Company are processed by our group finance team in Dublin, not at the distillery. Could you update your records and send this invoice and any future invoices or reminders to ap@conwaydrinksgroup.ie?

I've copied them in here so they have it.

Many thanks,
Declan Foley
Site Manager
Ballinafad Whiskey Company
Co. Sligo, Ireland
+353 71 916 2280"""),

    dict(id="s15ena044", country="US", date="2026-12-30T21:12", fmt="html_gmail", stage="repeat", ago=2,
         inv="NPS-4428", amt="142.80", due="2026-12-01",
         frm="Sharon Mills <sharonmills.home@gmail.com>",
         intent="paid",
         note="Paid by Visa at pick-up, has receipt; no date given.",
         body="""Hello,

I paid for this with my Visa when I picked up the reunion banner, I have the receipt right here in front of me. I think your system just didn't record it. Can you please double check on your end?

Thank you,
Sharon Mills"""),

    dict(id="s15ena045", country="GB", date="2027-01-26T22:48", fmt="apple", stage="firm", ago=4,
         inv="PCS-10579", amt="1,210.00", due="2026-12-24",
         frm="Jo Tennant <jo.tennant@hotmail.co.uk>",
         intent="plan_request",
         note="Struggling cafe asks to pay bit by bit (~£100/month); no date committed.",
         body="""hi sorry ive been avoiding this. honestly things have been really bad since november, the cafe is barely ticking over and the bank wont extend the overdraft. i do want to pay you, can i pay it off bit by bit? maybe £100 or so a month to start with. i dont want it going to debt collectors

jo
Beanie's, Market Harborough

Sent from my iPhone"""),

    dict(id="s15ena046", country="US", date="2027-01-06T10:25", fmt="outlook", stage="reminder", ago=1,
         inv="NPS-4462", amt="1,725.00", due="2026-12-20",
         frm="Gary Lindqvist <glindqvist@midwestfreightlines.com>",
         intent="promise", promise_date="2027-01-14",
         note="Approved and on the 1/14 check run.",
         body="""Hi,

Our AP check runs are on the 2nd and 4th Thursdays. Your invoice has been approved and is on the 1/14 run, so the check will go out that day.

Gary Lindqvist
Accounts Payable Supervisor
Midwest Freight Lines Inc.
Joliet, IL
(815) 555-0160"""),

    dict(id="s15ena047", country="FR", loc="GB", date="2027-01-26T15:20", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="FA-2026-1045", amt="8 520,00", due="2027-01-10",
         frm="Hannah Pryce <hannah@oakleighvineyard.co.uk>",
         intent="dispute",
         note="Kent vineyard: invoiced price per barrel (€710) above quote (€640); wants corrected invoice.",
         body="""Hello,

I'm afraid the invoice doesn't match what we agreed. Your quote of 14 October (ref DEV-26-212) was €640,00 per 225L barrique, medium toast, for 12 barrels – €7 680,00 in total. The invoice charges €710,00 per barrel, €8 520,00.

Nobody told us about a price change and I can't pay the difference without some explanation. If you can send a corrected invoice at the quoted price I'll pay it straight away.

Best wishes,
Hannah Pryce
Oakleigh Vineyard
Nr Tenterden, Kent
07821 446 093"""),

    dict(id="s15ena048", country="GB", date="2026-12-17T14:30", fmt="gmail", stage="second_reminder", ago=3,
         inv="PCS-10481", amt="318.20", due="2026-11-14",
         frm="Sarah Pickering <sarahpickering.home@gmail.com>",
         intent="other",
         note="Debtor has died; daughter will pass the invoice to the solicitor handling the estate.",
         body="""Hello,

I'm writing about this invoice, which was sent to my dad, Ken Pickering, who ran the sandwich van at Syston market. Sadly Dad passed away at the end of November.

My brother and I are dealing with his affairs and a solicitor is handling the estate. I'm not sure yet how outstanding bills will be paid but I will pass your invoice on to them. Could you let me know who I should be speaking to at your end?

Thank you,
Sarah Pickering"""),

    dict(id="s15ena049", country="US", date="2026-12-22T16:05", fmt="apple", stage="reminder", ago=2,
         inv="NPS-4436", amt="96.00", due="2026-12-05",
         frm="Walter Hughes <whughes44@att.net>",
         intent="paid", paid_on="2026-12-18",
         note="Paid by phone on December 18th, confirmation number given.",
         body="""To whom it may concern,

I paid this invoice over the phone on December 18th. The young lady gave me confirmation number 20581. Please update your records.

Regards,
Walter Hughes"""),

    dict(id="s15ena050", country="GB", date="2027-01-14T08:40", fmt="gmail", stage="final_notice", ago=3,
         inv="PCS-10545", amt="2,046.00", due="2026-12-08",
         frm="Lee Barraclough <lee@barracloughsfishbar.co.uk>",
         intent="promise", promise_date="2027-01-20",
         note="Payment by 20/01 (UK day-first); not the quoted deadline of 19 January.",
         body="""There's no need for the threats. We've been customers for six years. Payment will be made by 20/01 as I told your driver last week.

Lee Barraclough
Barraclough's Fish Bar"""),
]
