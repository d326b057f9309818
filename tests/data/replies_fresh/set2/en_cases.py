"""English replies: UK debtors of Hardy Joinery Ltd (GB) and US debtors of Brightwater Signs LLC (US).
Each body is written by hand."""


def C(id, intent, date, frm, body, **kw):
    return dict(id=id, intent=intent, date=date, body=body, country="GB", **{"from": frm}, **kw)


def U(id, intent, date, frm, body, **kw):
    return dict(id=id, intent=intent, date=date, body=body, country="US", **{"from": frm}, **kw)


CASES = [
C("e2001", "promise", "2026-11-03 09:40", "Gareth Evans <gareth@evans-builders.co.uk>", """
Morning,

Apologies, this slipped through. It'll go out on our Friday payment run.

Cheers,
Gareth
""", inv="INV-4102", amt="1,840.00", due="2026-10-20", fmt="gmail", ago=1, promise_date="2026-11-06"),

C("e2002", "paid", "2026-11-04 14:12", "Accounts Payable <ap@northfield-estates.co.uk>", """
Dear Sir/Madam,

Please find below our remittance advice.

Payment date: 03/11/2026
Method: BACS
Amount: £2,316.00
Reference: INV-4097

Kind regards,
Accounts Payable
Northfield Estates Ltd
""", inv="INV-4097", amt="2,316.00", due="2026-10-15", fmt="html_outlook", paid_on="2026-11-03",
  note="day-first numeric date"),

C("e2003", "dispute", "2026-11-05 10:25", "Helen Carter <helen.carter@carterandco.co.uk>", """
Hi,

I'm not paying this until somebody comes back to fix the sash window in the back bedroom. It's been sticking since the day it was fitted and I've rung your office twice. Please get someone out and then we can talk about the invoice.

Helen Carter
""", inv="INV-4110", amt="960.00", due="2026-10-25", fmt="apple", stage="second_reminder"),

C("e2004", "out_of_office", "2026-11-06 08:00", "Simon Holt <simon.holt@holt-architects.co.uk>", """
Thank you for your email.

I am out of the office until Monday 16th November with limited access to email. For anything urgent please contact Rachel on 0161 496 0877.

Regards,
Simon
""", inv="INV-4114", amt="3,250.00", due="2026-10-31", fmt="ooo", return_date="2026-11-16"),

C("e2005", "promise", "2026-11-09 11:05", "Priya Shah <priya@shah-dental.co.uk>", """
Hello,

Thanks for the reminder. We'll settle this by the 20th.

Best wishes,
Priya Shah
Practice Manager
""", inv="INV-4118", amt="1,120.00", due="2026-10-31", fmt="html_outlook", promise_date="2026-11-20"),

C("e2006", "plan_request", "2026-11-10 16:30", "Dave Cooper <dave.cooper74@btinternet.com>", """
Hi there

Money's really tight at the moment after the boiler went. Any chance I could pay this off at £150 a month? I can start on the 1st.

Thanks
Dave
""", inv="INV-4106", amt="720.00", due="2026-10-20", fmt="none", stage="firm"),

C("e2007", "copy_request", "2026-11-10 09:15", "Lisa Marsh <lisa.marsh@marsh-lettings.co.uk>", """
Hi,

Could you send me a copy of this invoice please? I can't find it anywhere, and our system needs the PDF before it'll let me pay it.

Thanks,
Lisa
""", inv="INV-4121", amt="485.00", due="2026-11-01", fmt="gmail"),

C("e2008", "promise", "2026-11-11 13:50", "Robert Pryce <rob.pryce@prycefarms.co.uk>", """
Dear Hardy Joinery,

I shall be paying the balance by the end of the month once the cattle sale money comes through.

Yours faithfully,
R. Pryce
""", inv="INV-4099", amt="2,640.00", due="2026-10-15", fmt="tb", stage="second_reminder", promise_date="2026-11-30"),

C("e2009", "paid", "2026-11-12 19:20", "Margaret Hughes <margaret.hughes@talktalk.net>", """
Dear Sir,

I posted a cheque for £340 to your Mill Lane address on Monday. My grandson addressed the envelope for me so I am sure it was correct.

Yours sincerely,
Margaret Hughes (Mrs)
""", inv="INV-4115", amt="340.00", due="2026-10-31", fmt="tb", paid_on="2026-11-09",
  note="'on Monday' in a Thursday 12 Nov mail: 9 Nov"),

C("e2010", "unsubscribe", "2026-11-12 21:45", "Tom Bradley <tombradley@gmail.com>", """
Please remove me from your mailing list. I don't want these emails.
""", inv="INV-4123", amt="210.00", due="2026-11-02", fmt="gmail"),

C("e2011", "promise", "2026-11-13 08:20", "Neil Fraser <neil@fraser-plumbing.co.uk>", """
will pay tues

sent from my phone, excuse typos
""", inv="INV-4125", amt="395.00", due="2026-11-05", fmt="none", promise_date="2026-11-17",
  note="'tues' written on Friday 13 Nov: Tuesday 17 Nov"),

C("e2012", "paid", "2026-11-16 10:05", "Sarah Whitfield <sarah.whitfield@whitfield-interiors.co.uk>", """
Hi,

This was paid by faster payment on 13/11. Should be with you already - can you check again?

Sarah
""", inv="INV-4117", amt="1,560.00", due="2026-11-01", fmt="html_gmail", paid_on="2026-11-13"),

C("e2013", "dispute", "2026-11-16 15:40", "Ian McLeod <ian.mcleod@mcleod-hotels.co.uk>", """
Dear Sir or Madam,

Your invoice charges for 14 oak doors. We ordered and received 12. The delivery note signed by our maintenance manager on 2 October confirms 12.

Please issue a credit note for the two doors. We will pay the corrected amount promptly.

Ian McLeod
Finance Director
McLeod Hotels Group, 18 George Street, Edinburgh EH2 2PF
""", inv="INV-4108", amt="6,440.00", due="2026-10-25", fmt="html_outlook", stage="firm"),

C("e2014", "out_of_office", "2026-11-17 07:30", "Emma Lewis <emma.lewis@lewisandpartners.co.uk>", """
Hi,

I'm on annual leave until 30/11 and will reply when I'm back. If your query is about accounts, please email accounts@lewisandpartners.co.uk.

Thanks,
Emma
""", inv="INV-4127", amt="880.00", due="2026-11-05", fmt="ooo", subj_prefix="Out of Office: ", return_date="2026-11-30",
  note="'on leave until 30/11': return labelled 30 Nov (a Monday)"),

C("e2015", "promise", "2026-11-17 12:10", "Chris Mallory <chris@mallory-landscapes.co.uk>", """
Hi,

Sorry mate, I've been flat out. I'll transfer it Friday week.

Chris
""", inv="INV-4111", amt="1,275.00", due="2026-10-25", fmt="apple", promise_date="2026-11-27",
  note="'Friday week' on Tuesday 17 Nov: the Friday after this one, 27 Nov"),

C("e2016", "paid", "2026-11-18 09:35", "Patel Pharmacy <accounts@patelpharmacy.co.uk>", """
Good morning,

We settled invoice INV-4119 through your online payment link last Thursday. The card confirmation number is 7HQ-22918.

Regards,
Anjali Patel
""", inv="INV-4119", amt="430.00", due="2026-11-05", fmt="outlook", paid_on="2026-11-12",
  note="'last Thursday' on Wednesday 18 Nov: 12 Nov"),

C("e2017", "bank_details", "2026-11-18 14:25", "Joanne Price <joanne.price@pricegroup.co.uk>", """
Hello,

To set you up as a new supplier on our system I need your bank details on company letterhead (sort code and account number) plus your VAT number. Could you send those over?

Many thanks,
Joanne Price
Purchase Ledger
""", inv="INV-4128", amt="3,900.00", due="2026-11-10", fmt="html_outlook", fresh=True, subj="New supplier set-up - Hardy Joinery"),

C("e2018", "promise", "2026-11-19 10:45", "Mark Jennings <mark@jennings-motors.co.uk>", """
Hi,

Yes, we'll get this paid. Our payment run is on the last working day of the month, so you'll have it on the 30th.

Mark
""", inv="INV-4120", amt="2,085.00", due="2026-11-06", fmt="gmail", promise_date="2026-11-30"),

C("e2019", "contact_change", "2026-11-19 16:00", "Kate Brennan <kate.brennan@brennan-bakery.co.uk>", """
Hi,

Please can you send all invoices and statements to our bookkeeper from now on: books@brennan-bakery.co.uk. I'm forwarding this one to her now.

Thanks,
Kate
""", inv="INV-4124", amt="640.00", due="2026-11-05", fmt="apple", new_email="books@brennan-bakery.co.uk"),

C("e2020", "paid", "2026-11-20 11:30", "Stephen Walsh <s.walsh@walsh-consulting.co.uk>", """
Dear Hardy Joinery,

Payment of £1,200.00 left our account this morning. Please allow up to two working days for it to clear.

Regards,
Stephen Walsh
""", inv="INV-4126", amt="1,200.00", due="2026-11-08", fmt="outlook", paid_on="2026-11-20",
  note="payment announced without the word 'paid'"),

C("e2021", "dispute", "2026-11-20 17:15", "Angela Moss <angela.moss@mosscafe.co.uk>", """
Hi,

The counter you fitted has already started to split along the joint. I sent photos to Paul on the 9th and heard nothing. I'm not prepared to pay for faulty work. Please get in touch.

Angela
Moss Café, 22 Market Place, Ripon HG4 1BP
07700 900123
""", inv="INV-4116", amt="1,780.00", due="2026-11-01", fmt="gmail", stage="second_reminder"),

C("e2022", "promise", "2026-11-23 09:10", "Accounts – Greenway Schools Trust <accounts@greenwaytrust.org.uk>", """
Good morning,

Your invoice has been approved and is scheduled for payment on 04/12/2026.

Kind regards,
Finance Team
Greenway Schools Trust
""", inv="INV-4130", amt="4,150.00", due="2026-11-15", fmt="html_outlook", promise_date="2026-12-04",
  note="day-first numeric date"),

C("e2023", "out_of_office", "2026-11-23 08:00", "Andrew Barnes <andrew.barnes@barnes-property.co.uk>", """
Thank you for your message. I am away from the office until Wednesday 2 December inclusive and will respond on my return.

Andrew Barnes
""", inv="INV-4131", amt="2,700.00", due="2026-11-15", fmt="ooo", return_date="2026-12-03",
  note="'until Wednesday 2 December inclusive': back 3 Dec"),

C("e2024", "paid", "2026-11-23 13:25", "Jim O'Connor <jimoconnor@oconnor-electrical.co.uk>", """
We paid this on the 19th. Check your bank.
""", inv="INV-4129", amt="510.00", due="2026-11-10", fmt="none", paid_on="2026-11-19"),

C("e2025", "promise", "2026-11-24 10:00", "Fiona Grant <fiona.grant@grant-solicitors.co.uk>", """
Dear Sirs,

Thank you for your reminder. I can confirm that this invoice will be paid within 14 days.

Yours faithfully,
Fiona Grant
Practice Manager, Grant & Co Solicitors
""", inv="INV-4132", amt="1,650.00", due="2026-11-15", fmt="outlook", promise_date="2026-12-08",
  note="'within 14 days' on 24 Nov: 8 Dec"),

C("e2026", "plan_request", "2026-11-24 15:20", "Paul Dixon <paul.dixon@dixon-autos.co.uk>", """
Hi,

Business has been slow since the roadworks closed the street outside the garage. Would you accept three monthly payments of £800? I don't dispute the work, it's just cash flow.

Regards,
Paul Dixon
""", inv="INV-4112", amt="2,400.00", due="2026-10-25", fmt="gmail", stage="firm"),

C("e2027", "dispute", "2026-11-25 09:45", "Rebecca Stone <rebecca.stone@stone-law.co.uk>", """
Dear Sir or Madam,

We dispute the statutory interest and the recovery charge added to this invoice. Our agreement provided for 60-day payment terms, not 30. By our calculation the invoice is not yet overdue.

Please provide a corrected statement.

Rebecca Stone
Partner
""", inv="INV-4113", amt="3,100.00", due="2026-10-31", fmt="html_outlook", stage="firm"),

C("e2028", "promise", "2026-11-25 18:05", "Luke Harrison <lukeharrison@icloud.com>", """
Hiya, really sorry! Payday's Friday so I'll sort it then x

Sent from my iPhone
""", inv="INV-4133", amt="180.00", due="2026-11-15", fmt="apple", promise_date="2026-11-27"),

C("e2029", "paid", "2026-11-26 11:50", "Claire Dunn <claire.dunn@dunn-vets.co.uk>", """
Hello,

I've just checked with our bookkeeper: the cheque went out in last Tuesday's post. It's cheque number 100482 for £925.

Claire
""", inv="INV-4134", amt="925.00", due="2026-11-15", fmt="gmail",
  note="'last Tuesday's post' on Thursday 26 Nov: 24 Nov or 17 Nov, not certain, so no paid_on"),

C("e2030", "copy_request", "2026-11-26 14:35", "Ben Taylor <ben@taylor-garden-rooms.co.uk>", """
Hi,

Can you resend the invoice with our PO number (PO-5521) on it? Our accounts won't pay without it.

Cheers,
Ben
""", inv="INV-4135", amt="2,950.00", due="2026-11-15", fmt="outlook"),

C("e2031", "promise", "2026-11-27 09:20", "Joyce Kennedy <joyce.kennedy@btinternet.com>", """
Dear Mr Hardy,

Thank you for your patience. My pension is paid on the 3rd and I will send you the money then.

Kind regards,
Joyce Kennedy
""", inv="INV-4136", amt="265.00", due="2026-11-15", fmt="tb", promise_date="2026-12-03"),

C("e2032", "unsubscribe", "2026-11-27 22:10", "Gary Mills <gary.mills@millsbuild.co.uk>", """
Stop sending me these automated emails. If Hardy's want to talk to me they can pick up the phone. Unsubscribe.
""", inv="INV-4109", amt="1,340.00", due="2026-10-25", fmt="none", stage="repeat"),

C("e2033", "out_of_office", "2026-11-30 07:00", "Finance Inbox <finance@coastalcare.co.uk>", """
Thank you for contacting Coastal Care Finance.

The finance office is closed until Monday 7th December for our year-end. Your email will be dealt with on our return.
""", inv="INV-4137", amt="1,890.00", due="2026-11-20", fmt="ooo", return_date="2026-12-07"),

C("e2034", "paid", "2026-11-30 10:40", "Nick Rowe <nick.rowe@rowe-surveyors.co.uk>", """
Hi,

We've sent £500 today as a part payment. The rest will follow once our client pays us.

Nick
""", inv="INV-4138", amt="1,500.00", due="2026-11-20", fmt="gmail", paid_on="2026-11-30",
  note="partial payment today; remainder conditional"),

C("e2035", "promise", "2026-11-30 13:15", "Louise Fletcher <louise@fletcher-design.co.uk>", """
Hi both,

Just confirming this is booked in for payment on 11 December. Could you let me know whether you've received the signed variation order for the staircase? I posted it last week.

Thanks,
Louise
""", inv="INV-4139", amt="2,230.00", due="2026-11-20", fmt="outlook", promise_date="2026-12-11",
  note="promise mixed with a question"),

C("e2036", "dispute", "2026-12-01 09:55", "Derek Lowe <derek.lowe@lowe-farms.co.uk>", """
Hello,

I never ordered any of this. I think you've got the wrong Lowe - there's a Lowe Farms in Ripley as well as us in Riddlesden. We've never used your firm.

Derek Lowe
""", inv="INV-4140", amt="1,120.00", due="2026-11-20", fmt="gmail", note="says never ordered / wrong customer"),

C("e2037", "promise", "2026-12-01 11:30", "Hannah Ward <hannah.ward@wardevents.co.uk>", """
Hi,

Sorry for the delay - our accounts person left and we're catching up. I'll make sure it's paid by the 15th.

Hannah
""", inv="INV-4141", amt="760.00", due="2026-11-20", fmt="html_gmail", promise_date="2026-12-15"),

C("e2038", "other", "2026-12-01 15:05", "Richard Moore <r.moore@moore-partnership.co.uk>", """
Hi,

Does this invoice include the VAT? The PDF shows a net figure and a total but the reminder shows a different number. Just want to make sure I've got the right amount before I pay.

Richard
""", inv="INV-4142", amt="1,344.00", due="2026-11-20", fmt="outlook",
  note="asks about VAT/amount without contesting it"),

C("e2039", "paid", "2026-12-02 10:20", "Elaine Foster <elaine.foster@fostergroup.co.uk>", """
Good morning,

Our records show this invoice was settled on 30/11/2026 as part of a combined payment of £3,845.60 covering INV-4143 and INV-4144.

Kind regards,
Elaine Foster
Credit Control
""", inv=[("INV-4143", "2,105.60", "2026-11-20"), ("INV-4144", "1,740.00", "2026-11-22")], fmt="outlook", paid_on="2026-11-30"),

C("e2040", "plan_request", "2026-12-02 14:45", "Sam Green <samgreen86@outlook.com>", """
Hi,

I know this is overdue. I've been off work with my back since October. Could we set up a payment plan? I could manage £75 a week.

Sam
""", inv="INV-4145", amt="600.00", due="2026-11-20", fmt="none", stage="second_reminder"),

C("e2041", "bounce", "2026-12-03 09:01", "Mail Delivery System <MAILER-DAEMON@eu-west-1.amazonses.com>", """
An error occurred while trying to deliver the mail to the following recipients:

  accounts@wilsonjoinery-supplies.co.uk

The domain wilsonjoinery-supplies.co.uk could not be found.
""", inv="INV-4146", amt="890.00", due="2026-11-22", fmt="bounce", rcpt="accounts@wilsonjoinery-supplies.co.uk",
  status="5.4.4", mta="eu-west-1.amazonses.com", remote="wilsonjoinery-supplies.co.uk",
  diag="550 5.4.4 Unable to route: no MX or A record for domain", subj="Undelivered Mail Returned to Sender"),

C("e2042", "plan_request", "2026-12-03 16:10", "Martin Cole <martin.cole@colebrothers.co.uk>", """
Hi,

We're waiting on the council to release a retention payment, which could take weeks. In the meantime could we pay half now and the other half in January? I'd rather keep things straight with you.

Martin
""", inv="INV-4147", amt="3,300.00", due="2026-11-20", fmt="gmail"),

C("e2043", "contact_change", "2026-12-04 10:30", "Alison Reid <alison.reid@reid-care.co.uk>", """
Hello,

I'm no longer handling supplier accounts. Please direct all future correspondence to our new Finance Manager, Tom Baxter, at tom.baxter@reid-care.co.uk.

Regards,
Alison Reid
""", inv="INV-4148", amt="1,050.00", due="2026-11-25", fmt="html_outlook", new_email="tom.baxter@reid-care.co.uk"),

C("e2044", "paid", "2026-12-07 09:15", "Owen Parry <owen.parry@parry-builders.wales>", """
Bore da,

Paid Friday via BACS, ref PARRY 4149.

Owen
""", inv="INV-4149", amt="2,875.00", due="2026-11-25", fmt="apple", paid_on="2026-12-04",
  note="'Friday' in a Monday 7 Dec mail: 4 Dec"),

C("e2045", "promise", "2026-12-08 11:40", "Natalie Burke <natalie.burke@burke-hair.co.uk>", """
Hi,

Can I pay this next Wednesday? I'll be in a better position once the December takings are in.

Natalie
""", inv="INV-4150", amt="340.00", due="2026-11-28", fmt="gmail",
  note="'next Wednesday' written on Tuesday 8 Dec: 9 Dec or 16 Dec, not certain, so no promise_date; phrased as a question"),

C("e2046", "unsubscribe", "2026-12-08 20:20", "Pauline Simms <pauline.simms@sky.com>", """
Dear Sir or Madam,

Kindly stop emailing me. I would rather deal with this by letter.

Mrs P Simms
""", inv="INV-4151", amt="155.00", due="2026-11-28", fmt="tb"),

C("e2047", "dispute", "2026-12-09 10:05", "Adrian Knight <adrian.knight@knight-estates.co.uk>", """
Dear Sir or Madam,

The amount on this invoice is £420 higher than your written quotation dated 12 August. No variation was agreed in writing, as required by clause 6 of your own terms. We will pay the quoted figure only.

Adrian Knight
Director, Knight Estates Ltd
Tel: 0113 496 0544
""", inv="INV-4152", amt="3,420.00", due="2026-11-28", fmt="html_outlook", stage="second_reminder"),

C("e2048", "bank_details", "2026-12-10 13:35", "Carol Hunt <carol.hunt@huntfloors.co.uk>", """
Hi,

We received an email yesterday saying your bank account has changed to one with Monzo. Is that genuine? I'd rather check before I send anything.

Carol
""", inv="INV-4153", amt="1,610.00", due="2026-11-30", fmt="gmail", note="checks an announced change of the firm's bank account (possible fraud)"),

C("e2049", "out_of_office", "2026-12-14 07:45", "Peter Young <peter.young@young-ltd.co.uk>", """
Hello,

I'm away on holiday and back in the office on 4 January. Emails will not be forwarded.

Merry Christmas!
Peter
""", inv="INV-4154", amt="990.00", due="2026-12-01", fmt="ooo", subj_prefix="Automatic reply: ", return_date="2027-01-04"),

C("e2050", "promise", "2026-12-15 10:25", "Sophie Lambert <sophie.lambert@lambert-interiors.co.uk>", """
Hi,

Sorry, I was sure we'd paid this. We haven't - it was held because of a missing PO. All sorted now and it'll go in Thursday's run.

Sophie
""", inv="INV-4155", amt="1,480.00", due="2026-12-01", fmt="outlook", promise_date="2026-12-17",
  note="'we haven't' paid: a promise for Thursday 17 Dec"),

U("e2051", "promise", "2026-11-02 10:15", "Mike Sullivan <mike@sullivanhvac.com>", """
Hey,

Got it. I'll cut a check this Friday and drop it in the mail.

Mike Sullivan
Sullivan HVAC
(203) 555-0187
""", inv="BW-2201", amt="1,450.00", due="2026-10-15", fmt="gmail", ago=1, promise_date="2026-11-06",
  note="will mail the check Friday: the date of sending is the commitment"),

U("e2052", "paid", "2026-11-03 14:40", "Accounts Payable <ap@riverbendmedical.org>", """
Hello,

Payment for invoice BW-2198 was released via ACH on 11/02/2026 in the amount of $3,280.00. Please allow 1-2 business days.

Thank you,
Accounts Payable
Riverbend Medical Group
""", inv="BW-2198", amt="3,280.00", due="2026-10-20", fmt="html_outlook", paid_on="2026-11-02",
  note="month-first numeric date"),

U("e2053", "dispute", "2026-11-04 11:20", "Janet Kowalski <janet.kowalski@kowalskibakery.com>", """
Hi,

The sign you installed has two letters that don't light up (the "K" and the "Y", of course). Your tech said he'd come back with a new transformer and we haven't seen him. I'm holding payment until it's fixed.

Janet
Kowalski's Bakery, 418 Park Rd, West Hartford, CT 06119
""", inv="BW-2203", amt="2,975.00", due="2026-10-25", fmt="gmail", stage="second_reminder"),

U("e2054", "out_of_office", "2026-11-05 08:00", "Brian Delgado <bdelgado@delgadolaw.com>", """
Thank you for your email. I am out of the office through Friday, November 13, and will return on Monday, November 16. If this is urgent, please call my assistant, Maria, at (860) 555-0133.

Brian Delgado
""", inv="BW-2205", amt="1,800.00", due="2026-10-30", fmt="ooo", subj_prefix="Out of Office: ", return_date="2026-11-16"),

U("e2055", "promise", "2026-11-06 16:55", "Tiffany Reyes <tiffany@reyesnails.com>", """
omg so sorry!! i totally forgot. ill pay it monday i promise
""", inv="BW-2207", amt="325.00", due="2026-10-31", fmt="apple", promise_date="2026-11-09"),

U("e2056", "copy_request", "2026-11-09 09:30", "Greg Thompson <greg.thompson@thompsonrealty.com>", """
Hi there,

Could you email me a PDF of the invoice? I need to attach it to the expense report for the brokerage. The link in your email asks me to log in and I don't have an account.

Thanks,
Greg
""", inv="BW-2208", amt="640.00", due="2026-11-01", fmt="gmail"),

U("e2057", "paid", "2026-11-09 13:10", "Linda Park <linda.park@parkdental.com>", """
Hi,

We mailed a check (#4471) on 11/4. Please let us know once you receive it.

Linda Park
Office Manager
""", inv="BW-2204", amt="1,120.00", due="2026-10-28", fmt="outlook", paid_on="2026-11-04"),

U("e2058", "promise", "2026-11-10 10:05", "Raymond Fischer <ray@fischerbrewing.com>", """
Hi,

We pay vendors on the 1st and the 15th. You'll be in the 11/15 batch.

Ray
""", inv="BW-2209", amt="2,150.00", due="2026-11-01", fmt="gmail", promise_date="2026-11-15",
  note="15 Nov 2026 is a Sunday; labelled as stated"),

U("e2059", "plan_request", "2026-11-10 15:30", "Carlos Mendoza <carlos@mendozatacos.com>", """
Hello,

Business has been slow since the construction on Main St started. Is there any way we can split this into 3 payments? I can do the first one this week.

Gracias,
Carlos Mendoza
""", inv="BW-2202", amt="2,400.00", due="2026-10-20", fmt="none", stage="firm"),

U("e2060", "contact_change", "2026-11-11 11:45", "Jessica Wong <jwong@harborviewhotel.com>", """
Hi,

Please send all billing to ap@harborviewhotel.com going forward. I'm in marketing and don't handle payments.

Thanks!
Jessica
""", inv="BW-2210", amt="4,800.00", due="2026-11-02", fmt="html_outlook", new_email="ap@harborviewhotel.com"),

U("e2061", "paid", "2026-11-12 17:20", "Kevin O'Brien <kobrien@obrienroofing.com>", """
paid it thru zelle this afternoon
""", inv="BW-2211", amt="480.00", due="2026-11-02", fmt="apple", paid_on="2026-11-12"),

U("e2062", "dispute", "2026-11-13 09:50", "Sandra Mitchell <smitchell@mitchellcpa.com>", """
Good morning,

This invoice bills us $1,950 for the lobby sign. The signed proposal was $1,590. I believe the digits were transposed. Please send a corrected invoice and we'll pay it right away.

Sandra Mitchell, CPA
Mitchell & Associates
55 Asylum St, Suite 900, Hartford, CT 06103
""", inv="BW-2212", amt="1,950.00", due="2026-11-05", fmt="html_outlook"),

U("e2063", "promise", "2026-11-16 12:35", "Daniel Brooks <dan.brooks@brooksautobody.com>", """
Dan here. Payment will go out by end of day Wednesday. Appreciate your patience.

Sent from my iPhone
""", inv="BW-2206", amt="1,680.00", due="2026-10-31", fmt="apple", promise_date="2026-11-18"),

U("e2064", "out_of_office", "2026-11-25 08:10", "Accounting Department <accounting@summitlogistics.com>", """
Thank you for contacting Summit Logistics Accounting. Our office is closed for the Thanksgiving holiday from November 25 through November 29. We will respond to your message when we reopen on Monday, November 30.
""", inv="BW-2213", amt="3,600.00", due="2026-11-05", fmt="ooo", subj="Automatic reply: Thanksgiving closure",
  return_date="2026-11-30", note="holiday closure through 29 Nov: return is the reopening on 30 Nov"),

U("e2065", "paid", "2026-11-17 10:25", "Nancy Russo <nancy.russo@russoflorist.com>", """
Good morning!

I paid this online with my Visa on Saturday. I have the confirmation email. Maybe it crossed with your reminder?

Nancy
""", inv="BW-2214", amt="275.00", due="2026-11-07", fmt="html_gmail", paid_on="2026-11-14"),

U("e2066", "bank_details", "2026-11-17 14:15", "Vendor Setup <vendorsetup@mapleleafmgmt.com>", """
Hello,

Before we can process payment we need a completed W-9 and your ACH remittance details (bank name, routing number, account number) on your letterhead. Please reply with those documents.

Thank you,
Vendor Setup Team
Maple Leaf Property Management
""", inv="BW-2215", amt="5,250.00", due="2026-11-10", fmt="html_outlook"),

U("e2067", "promise", "2026-11-18 09:40", "Erin Campbell <erin@campbellyoga.com>", """
Hi! Totally on my radar. I'll have it paid by 12/1.

Namaste,
Erin
""", inv="BW-2216", amt="395.00", due="2026-11-10", fmt="gmail", promise_date="2026-12-01",
  note="month-first numeric date"),

U("e2068", "unsubscribe", "2026-11-18 21:05", "Frank Harper <frank.harper@aol.com>", """
Unsubscribe me from this list. I've asked before.
""", inv="BW-2217", amt="150.00", due="2026-11-08", fmt="none"),

U("e2069", "dispute", "2026-11-19 11:10", "Rachel Goldberg <rgoldberg@goldbergdeli.com>", """
Hi,

We cancelled this order on October 2 - I have the email from your sales rep, Tom, confirming the cancellation. We never received anything. Please void this invoice.

Rachel Goldberg
""", inv="BW-2218", amt="1,275.00", due="2026-11-08", fmt="html_outlook"),

U("e2070", "paid", "2026-11-19 16:45", "Steve Patterson <steve@pattersonplumbing.net>", """
Hi,

My bookkeeper says the ACH went out Tuesday. It should be in your account by now, but let me know if not.

Steve
""", inv="BW-2219", amt="860.00", due="2026-11-08", fmt="gmail", paid_on="2026-11-17",
  note="'Tuesday' in a Thursday 19 Nov mail: 17 Nov"),

U("e2071", "promise", "2026-11-20 10:30", "Amanda Foster <afoster@fostereventsco.com>", """
Hi there,

Thanks for the nudge. We'll pay the balance by next Friday, 11/27.

Amanda Foster
Foster Events Co.
""", inv="BW-2220", amt="2,340.00", due="2026-11-10", fmt="html_gmail", promise_date="2026-11-27"),

U("e2072", "other", "2026-11-20 13:55", "Help Desk <support@crestlineinsurance.com>", """
Hello,

Thank you for contacting Crestline Insurance. Your request has been received and a ticket has been created (Ticket #CR-0084417). A member of our team will respond within 2 business days.

Please do not reply to this email.

Crestline Insurance Support
""", inv="BW-2221", amt="3,100.00", due="2026-11-10", fmt="ooo", subj="Your request has been received [Ticket #CR-0084417]",
  note="ticketing system acknowledgement, not an absence"),

U("e2073", "plan_request", "2026-11-23 09:20", "Jason Lee <jason.lee@leemartialarts.com>", """
Hello,

We're a small studio and this invoice came in at a tough time. Could we pay $500 now and $500 a month until it's paid off? Let me know what works.

Thanks,
Jason Lee
""", inv="BW-2222", amt="2,000.00", due="2026-11-10", fmt="gmail", stage="second_reminder"),

U("e2074", "paid", "2026-11-23 12:05", "Barbara Nelson <barbnelson@comcast.net>", """
Dear Sir or Madam,

I sent you a check for $185.00 on November 18. I have not heard anything. I hope it did not get lost in the mail. Please let me know.

Barbara Nelson
""", inv="BW-2223", amt="185.00", due="2026-11-10", fmt="tb", paid_on="2026-11-18"),

U("e2075", "contact_change", "2026-11-24 15:40", "Tyler Grant <tyler@grantcoffee.co>", """
Hey - Tyler here. I'm stepping back from the day-to-day at the shop. Jamie handles all the bills now, so send this and anything else to jamie@grantcoffee.co from now on. I've forwarded it to her.
""", inv="BW-2224", amt="720.00", due="2026-11-12", fmt="apple", new_email="jamie@grantcoffee.co"),

U("e2076", "copy_request", "2026-11-24 10:15", "Michelle Carter <mcarter@carterpediatrics.com>", """
Hello,

Can you resend the invoice? The attachment on the original email was blank when I opened it.

Thank you,
Michelle
""", inv="BW-2225", amt="1,390.00", due="2026-11-12", fmt="outlook"),

U("e2077", "dispute", "2026-11-25 11:30", "Robert Hayes <rhayes@hayesgrille.com>", """
You charged us for installation and we were told installation was included in the package price. That's what your salesman said, word for word. I'm not paying the extra $600.

Bob Hayes
Hayes Grille
""", inv="BW-2226", amt="3,450.00", due="2026-11-12", fmt="gmail", stage="second_reminder"),

U("e2078", "out_of_office", "2026-11-25 08:30", "Christine Bauer <cbauer@bauerarchitects.com>", """
Hi,

I'm out of the office until 12/7 with no access to email. For urgent matters, please contact office@bauerarchitects.com.

Best,
Christine
""", inv="BW-2227", amt="1,875.00", due="2026-11-15", fmt="ooo", return_date="2026-12-07",
  note="month-first numeric return date"),

U("e2079", "promise", "2026-11-30 09:05", "Lisa Romano <lisa@romanosalon.com>", """
Hi,

Sorry! Payment is scheduled for 12/10. Thanks for understanding.

Lisa
""", inv="BW-2228", amt="540.00", due="2026-11-18", fmt="gmail", promise_date="2026-12-10",
  note="month-first: 12/10 = 10 December"),

U("e2080", "paid", "2026-11-30 14:50", "Accounts Payable <payables@northeastfoods.com>", """
Good afternoon,

Please see below the remittance for the payment issued today:

Vendor: Brightwater Signs LLC
Invoice: BW-2229
Amount: $6,120.00
Payment method: Wire transfer
Value date: 11/30/2026

Regards,
Accounts Payable
Northeast Foods Inc.
""", inv="BW-2229", amt="6,120.00", due="2026-11-18", fmt="html_outlook", paid_on="2026-11-30"),

U("e2081", "contact_change", "2026-12-01 10:40", "Paul Hernandez <paul.hernandez@hernandezconstruction.com>", """
Hi,

We have a new office manager handling all vendor bills. Her name is Diane and her email is diane@hernandezconstruction.com. Please update your records and send everything to her from now on.

Paul
""", inv="BW-2230", amt="2,890.00", due="2026-11-18", fmt="apple", new_email="diane@hernandezconstruction.com"),

U("e2082", "promise", "2026-12-01 13:20", "Ashley Morgan <ashley.morgan@morganfitness.com>", """
Hi,

We'll be paying this in full on the 15th. Does Brightwater accept credit card over the phone? If so I'd rather do that.

Ashley
""", inv="BW-2231", amt="1,150.00", due="2026-11-20", fmt="html_gmail", promise_date="2026-12-15",
  note="promise mixed with a question about payment method"),

U("e2083", "dispute", "2026-12-02 09:30", "William Chen <wchen@chenmarkets.com>", """
Hello,

The vinyl graphics on our delivery trucks started peeling within three weeks. Your warranty covers this. We will not pay until the graphics are replaced.

William Chen
Operations Manager
Chen Markets
""", inv="BW-2232", amt="4,200.00", due="2026-11-20", fmt="outlook"),

U("e2084", "paid", "2026-12-02 16:15", "Jennifer Scott <jen.scott@scottphysicaltherapy.com>", """
Hi,

Hmm, we paid this through Bill.com on 11/25. Confirmation number BDC-88291. Can you double check?

Jen
""", inv="BW-2233", amt="990.00", due="2026-11-20", fmt="gmail", paid_on="2026-11-25"),

U("e2085", "promise", "2026-12-03 10:05", "Tony Russo <tony@russosautoparts.com>", """
Hi,

I'll mail a check next week, by Friday the 11th at the latest.

Tony Russo
Russo's Auto Parts
""", inv="BW-2234", amt="780.00", due="2026-11-22", fmt="tb", promise_date="2026-12-11"),

U("e2086", "unsubscribe", "2026-12-03 19:40", "Donna Jackson <donnaj@yahoo.com>", """
Please stop emailing me about this. Remove my address from your system. I will contact you myself when I'm ready.

Donna
""", inv="BW-2235", amt="260.00", due="2026-11-22", fmt="gmail", stage="second_reminder"),

U("e2087", "bank_details", "2026-12-04 11:50", "Heather Collins <heather@collinsvet.com>", """
Hi,

Can I pay by ACH instead of the card link? If so, can you send me your routing and account numbers?

Thanks,
Heather
""", inv="BW-2236", amt="1,430.00", due="2026-11-25", fmt="apple"),

U("e2088", "plan_request", "2026-12-07 10:20", "Marcus Bell <marcus.bell@bellbarbershop.com>", """
Hey,

I'm not disputing the bill, I just can't do the whole $1,600 at once before the holidays. Would you take it in four payments? I could start January 5th.

Marcus
""", inv="BW-2237", amt="1,600.00", due="2026-11-25", fmt="none", stage="firm"),

U("e2089", "paid", "2026-12-07 13:35", "Kimberly Adams <kadams@adamsinsurance.com>", """
Good afternoon,

Our check #10932 for $2,450.00 was mailed on Friday, December 4th. You should receive it this week.

Kimberly Adams
Adams Insurance Agency
""", inv="BW-2238", amt="2,450.00", due="2026-11-25", fmt="html_outlook", paid_on="2026-12-04"),

U("e2090", "promise", "2026-12-08 09:15", "Sean Murphy <sean@murphyspub.com>", """
we're good for it. will pay in 10 days
""", inv="BW-2239", amt="1,975.00", due="2026-11-28", fmt="none", promise_date="2026-12-18",
  note="'in 10 days' on 8 Dec: 18 Dec"),

U("e2091", "copy_request", "2026-12-08 14:25", "Laura Bennett <laura.bennett@bennettdental.com>", """
Hi there,

Our CPA needs an itemized invoice showing labor and materials separately before we can pay. Could you send one?

Thanks,
Laura
""", inv="BW-2240", amt="2,680.00", due="2026-11-28", fmt="html_gmail"),

U("e2092", "other", "2026-12-09 10:10", "Gloria Martinez <gloria.martinez@verizon.net>", """
Hello,

I am 81 years old and I do not understand this email. Is this about the sign for my husband's shop? He passed away in the spring and I closed the shop. My daughter is coming at Christmas and she will look at the papers.

Gloria Martinez
""", inv="BW-2241", amt="420.00", due="2026-11-28", fmt="tb",
  note="confused elderly consumer; no commitment, no dispute as such", fresh=True, subj="your email"),

U("e2093", "promise", "2026-12-09 15:00", "Nicole Turner <nturner@turnerboutique.com>", """
Hi,

We get paid by our biggest client on the 18th, so I'll send yours on the 21st.

Nicole
""", inv="BW-2242", amt="860.00", due="2026-11-30", fmt="gmail", promise_date="2026-12-21"),

U("e2094", "paid", "2026-12-10 11:25", "Eric Johnson <eric.johnson@johnsonlandscaping.com>", """
Hi,

We did NOT pay the late fee because we paid on time - the check was dated 11/20 and mailed that day. If it arrived late that's on the post office. The invoice amount itself is paid.

Eric Johnson
""", inv="BW-2243", amt="1,340.00", due="2026-11-25", fmt="outlook", stage="firm", paid_on="2026-11-20",
  note="negation about the late fee; the invoice itself was paid by check mailed 11/20"),

U("e2095", "out_of_office", "2026-12-14 08:00", "Mark Spencer <mspencer@spencermfg.com>", """
Thank you for your message. I will be out of the office from December 14 through January 1 and will return on Monday, January 4. For accounts payable questions, please call (860) 555-0190.

Mark Spencer
""", inv="BW-2244", amt="3,900.00", due="2026-12-01", fmt="ooo", return_date="2027-01-04"),

U("e2096", "copy_request", "2026-12-14 12:45", "Rebecca Howard <rhoward@howardgallery.com>", """
Hi,

I'm traveling this week and can't get into the portal from my phone. Could you email me the invoice as a PDF attachment? I'll forward it to my bookkeeper.

Rebecca

Sent from my iPhone
""", inv="BW-2245", amt="1,250.00", due="2026-12-01", fmt="apple", off="-0800",
  note="Date header in -0800 (traveling)"),

U("e2097", "dispute", "2026-12-15 10:35", "Thomas Wright <twright@wrightlegal.com>", """
Dear Sir or Madam,

We have no record of ordering signage from your company. No one at this firm authorized this purchase, and the invoice does not reference a purchase order. Please provide documentation of the order or cancel the invoice.

Thomas Wright
Office Administrator
Wright Legal Group
""", inv="BW-2246", amt="2,100.00", due="2026-12-01", fmt="html_outlook"),

U("e2098", "bounce", "2026-12-15 09:32", "Mail Delivery Subsystem <mailer-daemon@amazonses.com>", """
The following message to <billing@lakeshoreyachtclub.com> was undeliverable.
The reason for the problem:
5.2.1 - The email account that you tried to reach is disabled.
""", inv="BW-2247", amt="1,560.00", due="2026-12-01", fmt="bounce", rcpt="billing@lakeshoreyachtclub.com",
  status="5.2.1", mta="a8-31.smtp-out.amazonses.com", remote="mx1.lakeshoreyachtclub.com",
  diag="550 5.2.1 The email account that you tried to reach is disabled.", subj="Delivery Status Notification (Failure)"),

U("e2099", "promise", "2026-12-16 16:20", "Justin Price <justin@pricecycles.com>", """
Hi,

Apologies for the delay. Our accountant is processing payables on Monday and your invoice is on the list.

Justin
""", inv="BW-2248", amt="690.00", due="2026-12-05", fmt="gmail", promise_date="2026-12-21",
  note="'on Monday' in a Wednesday 16 Dec mail: 21 Dec"),

U("e2100", "other", "2026-12-18 11:00", "Megan Clark <megan.clark@clarkbakeshop.com>", """
Hi,

Quick question unrelated to the invoice - do you do window lettering? We're opening a second location in March.

Megan
""", inv="BW-2249", amt="480.00", due="2026-12-05", fmt="gmail", note="sales enquiry unrelated to the invoice", fresh=True, subj="Window lettering?"),
]
