"""Spanish debtor replies (Spain) to Ortega Vidal Suministros S.L. (hospitality and cleaning supplies, Paterna).
Written by hand, one by one."""

CASES = [
    dict(id="s18es001", date="2026-12-09T22:14", fmt="gmail", stage="reminder", ago=2,
         inv="FV26-1184", amt="386,40", due="2026-11-20",
         frm="Toni Ferrer <toniferrer.barlaplaceta@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'el viernes' from Wednesday 9 Dec = Friday 11 Dec.",
         body="""vale el viernes te lo paso sin falta q esta semana ha sido una locura con el puente

toni
bar la placeta"""),

    dict(id="s18es002", date="2026-12-10T11:02", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="FV26-1032", amt="1.912,35", due="2026-10-31",
         frm="Intervención Municipal <intervencion@ajuntamentdebetera.es>",
         intent="paid", paid_on="2026-12-03",
         note="Town hall states the transfer was ordered on 3 December.",
         body="""Buenos días:

En relación con su escrito de reclamación de la factura FV26-1032, por importe de 1.912,35 €, les comunicamos que dicha factura fue aprobada en la Junta de Gobierno Local del pasado 26 de noviembre y que la Tesorería municipal ordenó la transferencia el día 3 de diciembre de 2026, con cargo a la cuenta que figura en su ficha de tercero.

Dependiendo de la entidad, el abono puede tardar uno o dos días hábiles en reflejarse. Si transcurrido ese plazo no lo tuvieran, rogamos se pongan en contacto con Tesorería en el teléfono indicado más abajo.

Les recordamos que, conforme a la normativa vigente, las facturas dirigidas a esta Administración deben presentarse a través de FACe.

Atentamente,

Amparo Llopis Martí
Intervención – Ajuntament de Bétera
Plaça del Castell, 1 · 46117 Bétera (València)
Tel. 961 600 ext. 214

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa del Ajuntament de Bétera."""),

    dict(id="s18es003", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-1260", amt="744,00", due="2026-12-05",
         frm="Recepción Administración <admin@hotelmiramarpeniscola.com>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away 21 Dec to 6 Jan both included; back Thursday 7 January.",
         body="""Gracias por su mensaje.

Les informamos de que el departamento de administración del Hotel Miramar permanecerá cerrado por vacaciones del 21 de diciembre al 6 de enero, ambos inclusive. Su correo será atendido a nuestra vuelta.

Para reservas, llame al 964 480 112 o escriba a reservas@hotelmiramarpeniscola.com.

Felices fiestas.

---
Thank you for your message. Our administration office is closed from 21 December to 6 January inclusive."""),

    dict(id="s18es004", date="2026-12-14T13:40", fmt="gmail", stage="second_reminder", ago=4,
         inv="FV26-1121", amt="528,90", due="2026-11-15",
         frm="Restaurante Casa Berta <casaberta.reservas@gmail.com>",
         intent="dispute",
         note="Refuses to pay until the broken glassware is credited or replaced.",
         body="""Hola, otra vez con la factura esta.

Ya se lo dije a vuestro repartidor y lo repito por escrito: de las 8 cajas de copas de vino que nos trajisteis el 6 de noviembre, 3 llegaron con la mitad de las copas rotas. Las tengo aquí guardadas, con las fotos hechas el mismo día, el repartidor las vio.

No voy a pagar 528,90 por algo que me llegó roto. Mandadme un abono de las 3 cajas o traedme las copas nuevas y en cuanto lo tenga os pago la factura entera. Mientras tanto, dejad de mandarme avisos, por favor.

Berta Soler
Casa Berta – Carrer Major 22, Llíria
626 41 07 93"""),

    dict(id="s18es005", date="2026-12-29T17:56", fmt="apple", stage="reminder", ago=6,
         inv="FV26-1298", amt="215,60", due="2026-12-15",
         frm="Maite Urrutia <maite.urrutia@icloud.com>",
         intent="promise",
         note="Will pay 'después de Reyes': no single day given.",
         body="""Hola,

Perdonad, con las fiestas se me ha pasado. Después de Reyes en cuanto vuelva a abrir la pastelería os hago la transferencia.

Un saludo y feliz año,
Maite

Enviado desde mi iPhone"""),

    dict(id="s18es006", date="2026-12-17T10:25", fmt="gmail", stage="second_reminder", ago=1, fwd=True,
         inv="FV26-1077", amt="2.340,00", due="2026-11-10",
         frm="Marta Giner <administracion@cateringginer.es>",
         intent="paid", paid_on="2026-12-14",
         note="Assistant forwards the manager's note: paid 'el lunes' = Monday 14 Dec (mail Thursday 17).",
         body="""Buenos días,

Les reenvío lo que me contesta Javier sobre la factura. Si necesitan el justificante me dicen y se lo pido al banco.

Saludos,
Marta Giner
Administración · Catering Giner
963 27 58 40

---------- Forwarded message ---------
De: Javier Giner <javier@cateringginer.es>
Date: mié, 16 dic 2026 a las 19:48
Subject: Re: Segundo aviso
To: Marta Giner <administracion@cateringginer.es>

Marta, esta la pagué yo el lunes desde la banca online, junto con la de Makro. Diles que lo miren.

J."""),

    dict(id="s18es007", date="2027-01-11T09:15", fmt="outlook", stage="firm", ago=3,
         inv=[("FV26-0988", "610,50", "2026-10-20"), ("FV26-1140", "455,20", "2026-11-20")],
         frm="Gimnasio Atlántida <info@gimnasioatlantida.com>",
         intent="plan_request",
         note="Asks to split the two invoices into instalments; no date committed.",
         body="""Buenos días:

Les escribo en relación con las dos facturas pendientes de productos de limpieza y dosificadores.

No les voy a engañar: el último trimestre ha sido muy malo para nosotros. Nos cerraron la piscina dos meses por la obra de la cubierta y hemos perdido muchos socios. Queremos pagar, pero ahora mismo no podemos hacerlo de una vez.

¿Sería posible fraccionar el total en tres o cuatro pagos mensuales? Si les parece bien, díganme cómo lo hacemos y si hay que firmar algo.

Gracias por la comprensión.

Rubén Castaño
Gerente – Gimnasio Atlántida
Av. del Puerto 118, 46023 València
Tel. 963 30 19 02"""),

    dict(id="s18es008", date="2026-12-11T12:08", fmt="html_outlook", stage="reminder", ago=1,
         inv="FV26-1203", amt="3.186,75", due="2026-11-30",
         frm="Compras - Clínica San Roque <compras@clinicasanroque.es>",
         intent="copy_request",
         note="Cannot pay without the purchase order number on the invoice; asks for a corrected copy.",
         body="""Estimados señores:

Hemos recibido su recordatorio de pago. Les informamos de que la factura FV26-1203 no ha podido ser contabilizada porque no incluye el número de pedido de compra, requisito indispensable en nuestro circuito de aprobación.

El pedido correspondiente a este suministro (menaje y vajilla para la cafetería) es el PC-26-00871. Les rogamos que nos remitan una copia de la factura en PDF donde figure dicho número. En cuanto la recibamos se incluirá en la siguiente remesa de pagos.

Un saludo cordial,

Lucía Pastor Albiol
Departamento de Compras y Aprovisionamiento
Clínica San Roque – Grupo Sanitario Levante
C/ Sant Vicent Màrtir 210 · 46007 València
T. 963 80 44 00 · Ext. 3125

Este mensaje y cualquier archivo adjunto pueden contener información confidencial. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. En cumplimiento del RGPD (UE) 2016/679, le informamos de que sus datos se tratan con la finalidad de gestionar la relación comercial."""),

    dict(id="s18es009", date="2027-01-04T09:47", fmt="gmail", stage="second_reminder", ago=5,
         inv="FV26-1245", amt="298,00", due="2026-12-01",
         frm="Pilar Esteve <pilaresteve.gestion@gmail.com>",
         intent="contact_change", new_email="administracion@comunidadsolmar.es",
         note="No longer handles the owners' community; asks reminders go to the new address.",
         body="""Buenos días,

Desde el 1 de enero ya no llevo la administración de la Comunidad de Propietarios Edificio Solmar. La ha asumido la nueva administradora, Sonia Benet.

Por favor, a partir de ahora envíen las facturas y los avisos a administracion@comunidadsolmar.es, que es el correo que ella gestiona. Yo ya le he pasado este aviso también.

Un saludo,
Pilar Esteve"""),

    dict(id="s18es010", date="2026-12-15T16:20", fmt="tb", stage="reminder", ago=1,
         inv="FV26-1219", amt="1.047,80", due="2026-12-01",
         frm="Enric Vidal Moll <enric@forndecalvidal.com>",
         intent="bank_details",
         note="Received a notice of a new IBAN and asks the firm to confirm before paying.",
         body="""Hola,

Antes de pagar os quiero preguntar una cosa. La semana pasada me llegó un correo, supuestamente vuestro, diciendo que habíais cambiado de banco y que a partir de ahora ingresara en una cuenta que empieza por ES21 2100... distinta de la que tengo siempre.

Me extraña un poco porque el correo venía de una dirección rara (ortegavidal-pagos@outlook.es). ¿Es verdad que habéis cambiado de cuenta? Preferiría que me llamarais para confirmarlo, que con los timos que hay no me fío.

Mi móvil: 655 218 034

Gracias,
Enric
Forn de Cal Vidal"""),

    dict(id="s18es011", date="2027-01-19T20:03", fmt="gmail", stage="reminder", ago=2,
         inv="FV27-0014", amt="96,80", due="2027-01-10",
         frm="Nuria Campos <nuriacampos78@hotmail.es>",
         intent="unsubscribe",
         note="Asks to stop the automatic reminders; no payment statement.",
         body="""Por favor, dejen de enviarme estos correos automáticos. Me llegan al móvil cada dos por tres y no los quiero recibir. Si necesitan algo de mí, llámenme o mándenme la factura por correo postal.

Nuria"""),

    dict(id="s18es012", date="2026-12-07T09:03", fmt="bounce", stage="reminder",
         inv="FV26-1098", amt="412,30", due="2026-11-12",
         rcpt="compras@restaurantelaalameda.es", status="5.1.1",
         remote="mx1.restaurantelaalameda.es",
         diag="550 5.1.1 <compras@restaurantelaalameda.es>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is the mail system at host smtp-out.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<compras@restaurantelaalameda.es>: host mx1.restaurantelaalameda.es[185.42.104.17]
    said: 550 5.1.1 <compras@restaurantelaalameda.es>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s18es013", date="2026-12-15T11:37", fmt="html_outlook", stage="reminder", ago=4,
         inv=[("FV26-1155", "4.820,00", "2026-11-25"), ("FV26-1167", "1.366,15", "2026-11-30")],
         frm="Cuentas a Pagar <cuentasapagar@grupohotelesazahar.com>",
         intent="promise", promise_date="2027-01-20",
         note="Both invoices scheduled in the payment run of 20 January.",
         body="""Buenos días,

Les confirmamos que las facturas FV26-1155 y FV26-1167 constan registradas y aprobadas en nuestro sistema.

Según la política de pagos del grupo, los pagos a proveedores se realizan los días 5 y 20 de cada mes. Como la aprobación se cerró después del corte del 5 de diciembre, y la remesa del 20 de diciembre ya está cerrada, ambas facturas se abonarán en la remesa del próximo 20 de enero mediante transferencia.

Quedamos a su disposición para cualquier aclaración.

Saludos cordiales,

Cristina Roig
Cuentas a Pagar | Grupo Hoteles Azahar
Passeig de la Ciutadella 9, 4.º · 46003 València
+34 963 54 12 70"""),

    dict(id="s18es014", date="2026-12-30T13:12", fmt="gmail", stage="firm", ago=2,
         inv="FV26-1012", amt="1.180,00", due="2026-10-25",
         frm="Kiko Marín <kiko@chiringuitoelfaro.es>",
         intent="paid", paid_on="2026-12-30",
         note="Partial payment of 400 EUR sent today; the rest with no date given.",
         body="""Buenas,

Os acabo de hacer una transferencia de 400 € a cuenta de la factura FV26-1012. Es lo que puedo ahora mismo, en invierno el chiringuito está cerrado y voy justo.

El resto os lo iré pagando según vaya entrando algo, no os voy a dejar colgados. Si queréis os mando el justificante.

Kiko Marín
Chiringuito El Faro
678 90 23 11"""),

    dict(id="s18es015", date="2026-12-16T18:44", fmt="apple", stage="reminder", ago=2,
         inv="FV26-1188", amt="267,35", due="2026-11-30",
         frm="Lorena Gil <lorena@lavanderialagotadeagua.es>",
         intent="promise", promise_date="2026-12-31",
         note="'a final de mes' written in December = 31 December.",
         body="""Hola,

Sí, la tengo pendiente, lo siento. A final de mes la pago seguro, que es cuando cobro de los apartamentos turísticos.

Gracias y perdón por el retraso.

Lorena
Lavandería La Gota de Agua

Enviado desde mi iPhone"""),

    dict(id="s18es016", date="2027-01-12T10:05", fmt="outlook", stage="second_reminder", ago=1,
         inv="FV26-1276", amt="833,60", due="2026-12-10",
         frm="Residencia Virgen del Carmen <direccion@residenciavirgendelcarmen.org>",
         intent="other",
         note="Passed the reminder to their external gestoría; no payment statement or date.",
         body="""Buenos días,

Acusamos recibo de su correo. Los pagos a proveedores de la residencia los gestiona nuestra asesoría externa, Gestoría Alapont, a quien ya le hemos trasladado su aviso para que lo revisen.

En cuanto sepamos algo se lo comunicamos.

Un cordial saludo,

Mª José Alapont
Dirección
Residencia de Mayores Virgen del Carmen
Tel. 962 41 18 30"""),

    dict(id="s18es017", date="2026-12-09T09:22", fmt="tb", stage="reminder", ago=1,
         inv="FV26-1159", amt="1.274,00", due="2026-11-28",
         frm="Sergio Lafuente <administracion@cerveceriaelpatio.com>",
         intent="dispute",
         note="Invoice bills 12 boxes and a higher unit price than the quote; asks for correction.",
         body="""Buenos días:

La factura FV26-1159 no es correcta y por eso no la hemos pagado.

1. Nos facturan 12 cajas de vasos de caña Nonic y el albarán firmado (n.º 26-4471) es de 10 cajas. Las otras dos no llegaron nunca.
2. El precio de la caja en el presupuesto que nos pasó vuestro comercial, Andrés, era de 84 € y en la factura aparece a 98 €.

Os pido que la reviséis y nos mandéis una factura rectificativa con las 10 cajas al precio acordado. En cuanto la tengamos la pagamos.

Saludos,

Sergio Lafuente
Cervecería El Patio S.L.
C/ Cirilo Amorós 45, Valencia
Tel. 963 51 77 06"""),

    dict(id="s18es018", date="2026-12-23T15:02", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-1301", amt="158,20", due="2026-12-15",
         frm="Alejandro Sanchis <asanchis@colegiosanjosedecalasanz.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="States he rejoins on Monday 11 January.",
         subj_prefix="Fuera de la oficina: ",
         body="""Hola:

Estoy fuera de la oficina por vacaciones de Navidad y me reincorporaré el lunes 11 de enero. Durante este periodo no tendré acceso al correo.

Para temas urgentes de secretaría pueden escribir a secretaria@colegiosanjosedecalasanz.es.

Un saludo,
Alejandro Sanchis
Administración – Colegio San José de Calasanz"""),

    dict(id="s18es019", date="2027-01-05T11:48", fmt="apple", stage="second_reminder", ago=1,
         inv="FV26-1233", amt="94,50", due="2026-12-02",
         frm="Carmen Riera <carmenriera@me.com>",
         intent="paid", paid_on="2027-01-05",
         note="'Pagado esta mañana' on 5 January.",
         body="""Pagado esta mañana por transferencia. Disculpad el retraso.

Carmen

Enviado desde mi iPhone"""),

    dict(id="s18es020", date="2027-01-07T12:31", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV26-1210", amt="689,90", due="2026-12-05",
         frm="Administración Bodegas Requena Alta <bodegasrequenaalta@gmail.com>",
         intent="promise", promise_date="2027-01-12",
         note="'el martes 12' from Thursday 7 January = Tuesday 12 January.",
         body="""Buenos días Ortega Vidal,

Perdonad la tardanza, hemos estado cerrados desde Nochebuena hasta el día 5. Tengo la factura localizada y el martes 12 hago la transferencia junto con el resto de proveedores.

Un saludo,

Elena Ruiz
Bodegas Requena Alta
Ctra. N-III km 283 · Requena
962 30 41 85"""),

    dict(id="s18es021", date="2026-12-18T09:10", fmt="html_gmail", stage="reminder", ago=3,
         inv="FV26-1172", amt="372,10", due="2026-11-30",
         frm="Fincas Benlloch Administradores <admon@fincasbenlloch.es>",
         intent="copy_request",
         note="Cannot find the invoice; asks for a copy and a statement of what is pending.",
         body="""Buenos días,

Recibimos su recordatorio de la factura FV26-1172, pero no la tenemos registrada en ninguna de las comunidades que administramos. Puede que se enviara a la dirección antigua del despacho.

¿Podrían reenviarnos la factura en PDF, indicando a qué comunidad corresponde (creemos que es la de C/ Jesús 18, por los productos de limpieza del portal)? Y, si no es molestia, un extracto de lo que tengamos pendiente con ustedes, para revisarlo todo de una vez.

Muchas gracias.

Raquel Benlloch
Fincas Benlloch · Administración de fincas
C/ Sueca 31, bajo · 46006 Valencia
963 74 20 15"""),

    dict(id="s18es022", date="2027-01-14T19:27", fmt="gmail", stage="firm", ago=3,
         inv="FV26-1106", amt="540,00", due="2026-11-15",
         frm="Dani Peris <daniperis.foodtruck@gmail.com>",
         intent="promise",
         note="'la semana que viene' is a window, not a day.",
         body="""Hola buenas, tienes razón, se me ha ido de las manos. La semana que viene te la pago, estoy esperando que me paguen un evento de diciembre.

Dani (La Furgo de Dani)"""),

    dict(id="s18es023", date="2026-12-10T21:36", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV26-1089", amt="178,45", due="2026-11-10",
         frm="Jose Luis Ortiz <jlortiz_bar@hotmail.com>",
         intent="paid", paid_on="2026-12-02",
         note="Says it was paid on the 2nd (December); written with typos.",
         body="""haber, ya esta pagado desde el dia 2 , lo pague en la oficina del sabadell con el numero de factura, mirenlo bien porfavor antes de mandar mas cartas

jose luis"""),

    dict(id="s18es024", date="2026-12-22T10:54", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="FV26-1226", amt="2.615,00", due="2026-12-10",
         frm="Administración Colegio Sagrada Familia <administracion@sagradafamiliaburjassot.es>",
         intent="dispute",
         note="Goods (dishwasher racks, trolleys) not delivered; will not pay until delivered.",
         body="""Buenos días:

Hemos recibido su segundo aviso relativo a la factura FV26-1226 (2.615,00 €).

Le indicamos que el pedido correspondiente a esta factura (carros de transporte y cestas para el lavavajillas del comedor escolar) no ha sido entregado. Solo recibimos el 2 de diciembre los dos carros; las 40 cestas y los accesorios siguen sin llegar, y nadie nos ha dado una fecha.

Hasta que no recibamos el pedido completo no podemos tramitar el pago, ya que nuestro procedimiento exige la conformidad del albarán por parte de la dirección del comedor.

Les agradecería que nos informaran de la fecha de entrega.

Atentamente,

Francisco Tormo
Administrador
Colegio Sagrada Familia – Burjassot
Tel. 963 63 09 72

CLÁUSULA DE CONFIDENCIALIDAD: La información contenida en este correo electrónico es confidencial y está dirigida exclusivamente a su destinatario. De conformidad con el Reglamento (UE) 2016/679 y la LOPDGDD 3/2018, le informamos de que sus datos forman parte de un fichero titularidad del Colegio Sagrada Familia cuya finalidad es la gestión administrativa."""),

    dict(id="s18es025", date="2026-12-24T07:15", fmt="ooo", stage="second_reminder", ago=1,
         inv="FV26-1179", amt="1.520,40", due="2026-11-30",
         frm="Isabel Navarro <inavarro@construccionesnavarrosegarra.com>",
         intent="out_of_office", return_date="2027-01-11",
         note="Out 'hasta el 8 de enero incluido' (a Friday): back Monday 11 January.",
         body="""Me encuentro fuera de la oficina hasta el viernes 8 de enero incluido, con acceso limitado al correo.

Para cualquier asunto de administración o pagos, pueden contactar con mi compañero Vicente Segarra (vsegarra@construccionesnavarrosegarra.com).

Saludos,
Isabel Navarro
Construcciones Navarro Segarra"""),

    dict(id="s18es026", date="2027-01-21T20:40", fmt="gmail", stage="firm", ago=2,
         inv="FV26-1150", amt="1.896,00", due="2026-11-20",
         frm="Falla Plaça del Mercat <tresorer.fallamercat@gmail.com>",
         intent="plan_request",
         note="Association asks whether it can split the amount into two or three payments.",
         body="""Bona nit / buenas noches,

Soy Vicent, el tesorero de la Falla Plaça del Mercat. Esta factura es de los vasos, servilletas y demás que pedimos para la cena de noviembre.

Os soy sincero: la comisión tiene ahora mismo la caja bajo mínimos hasta que entren las cuotas de los falleros y la lotería. ¿Sería posible fraccionarla en dos o tres pagos entre febrero y marzo? Decidnos qué os parece y lo hablamos con la junta.

Moltes gràcies,
Vicent Ribes
Tresorer – Falla Plaça del Mercat
644 09 57 21"""),

    dict(id="s18es027", date="2026-12-28T12:03", fmt="tb", stage="second_reminder", ago=4,
         inv="FV26-1195", amt="954,70", due="2026-11-30",
         frm="Eventos Alboraya <pagos@eventosalboraya.es>",
         intent="promise", promise_date="2027-01-15",
         note="Commits to pay on 15 January.",
         body="""Hola,

Gracias por el aviso. Tenemos varias bodas de diciembre pendientes de cobro y hasta que no entren no podemos liquidar. Os confirmo que el día 15 de enero os hacemos la transferencia por el importe completo.

Un saludo,

Noelia Císcar
Eventos Alboraya
Camí de la Mar 12, Alboraya
Móvil 690 33 12 48"""),

    dict(id="s18es028", date="2026-12-21T09:18", fmt="html_gmail", stage="second_reminder", ago=1,
         inv="FV26-1142", amt="623,00", due="2026-11-20",
         frm="Pizzería Da Marco <pizzeriadamarco.xativa@gmail.com>",
         intent="paid", paid_on="2026-12-18",
         note="Transfer made 18/12/2026 (the Friday before), proof attached.",
         body="""Buenos días,

Os adjunto el justificante de la transferencia que hicimos el 18/12/2026 por los 623,00 € de la factura FV26-1142. Supongo que se ha cruzado con vuestro aviso.

Un saludo,
Marco Bellini
Pizzería Da Marco – Xàtiva"""),

    dict(id="s18es029", date="2027-01-13T10:40", fmt="outlook", stage="heads_up", ago=2,
         inv="FV27-0031", amt="312,40", due="2027-01-31",
         frm="Pastelería Hermanos Soriano <administracion@pasteleriasoriano.es>",
         intent="bank_details",
         note="Announces its own new bank account for direct debits.",
         body="""Buenos días:

Les comunicamos que hemos cambiado de entidad bancaria. A partir de este mes les rogamos que los recibos domiciliados se carguen en la nueva cuenta:

Titular: Hermanos Soriano Pastelería S.L.
IBAN: ES62 0081 0216 7100 0184 2693 (Banco Sabadell)

La cuenta antigua de Caixa Popular se cancelará a finales de enero, así que el recibo de la factura FV27-0031 ya debería pasarse por la nueva. Si necesitan una nueva orden de domiciliación SEPA firmada, envíennos el formulario.

Saludos,
Amparo Soriano
Hermanos Soriano · Pastelería y obrador
Tel. 962 87 14 60"""),

    dict(id="s18es030", date="2027-01-08T08:57", fmt="html_outlook", stage="reminder", ago=3,
         inv="FV26-1287", amt="2.078,30", due="2026-12-15",
         frm="Ana Belén Morales <abmorales@grupomarinasolcatering.com>",
         intent="contact_change", new_email="proveedores@grupomarinasolcatering.com",
         note="Asks that invoices and reminders go to the supplier mailbox.",
         body="""Buenos días,

Les informo de que desde enero toda la gestión de facturas de proveedores del Grupo Marinasol se centraliza en el buzón proveedores@grupomarinasolcatering.com. Yo me he pasado al departamento de RR. HH. y ya no tramito pagos.

Les ruego que actualicen sus datos y envíen tanto las facturas como los recordatorios a esa dirección, indicando siempre el CIF B46229183 en el asunto. He reenviado su correo a mis compañeros para que lo revisen.

Un saludo,

Ana Belén Morales
Grupo Marinasol Catering
Av. de Aragón 30 · 46021 València
Tel. 963 93 67 00"""),

    dict(id="s18es031", date="2027-01-13T14:22", fmt="gmail", stage="firm", ago=1,
         inv="FV26-1116", amt="207,90", due="2026-11-15",
         frm="Rosa Mengual <rosamengual.quiosco@gmail.com>",
         intent="promise", promise_date="2027-01-14",
         note="'Mañana sin falta' on Wednesday 13 January = 14 January.",
         body="""Mañana sin falta. Perdón.

Rosa"""),

    dict(id="s18es032", date="2027-01-18T12:45", fmt="html_outlook", stage="firm", ago=4,
         inv=[("FV26-1044", "3.210,00", "2026-10-31"), ("FV26-1128", "1.745,50", "2026-11-30")],
         frm="Administración Concursal <concursal@lexcorbalanabogados.es>",
         intent="other",
         note="Debtor in concurso de acreedores: the creditor must lodge its claim with the administrator; no payment possible.",
         body="""Muy señores nuestros:

En nombre de HOSTELERÍA GARBÍ RESTAURACIÓN, S.L. (CIF B97563012) les comunicamos que, mediante auto de fecha 22 de diciembre de 2026, el Juzgado de lo Mercantil n.º 3 de Valencia ha declarado a dicha sociedad en concurso voluntario de acreedores (procedimiento 1187/2026), habiendo sido designado este despacho como administración concursal.

En consecuencia, la sociedad concursada no puede atender individualmente el pago de créditos anteriores a la declaración de concurso, entre los que se encuentran las facturas FV26-1044 y FV26-1128 reclamadas en su comunicación.

Conforme al artículo 255 del Texto Refundido de la Ley Concursal, les invitamos a comunicar su crédito a esta administración concursal, a la dirección de correo electrónico arriba indicada, en el plazo de un mes a contar desde la publicación del auto en el BOE, acompañando copia de las facturas y de los documentos que lo justifiquen.

Atentamente,

Luis Corbalán Pérez
Administrador concursal
Lex Corbalán Abogados, S.L.P.
C/ Colón 60, 5.ª · 46004 Valencia
Tel. 963 52 08 90"""),

    dict(id="s18es033", date="2027-01-08T10:16", fmt="tb", stage="second_reminder", ago=1,
         inv=[("FV26-1199", "486,00", "2026-12-01"), ("FV26-1241", "219,75", "2026-12-10")],
         frm="Salvador Pla <salvador@barracapla.com>",
         intent="paid", paid_on="2026-12-22",
         note="Both invoices paid together in one transfer on 22 December.",
         body="""Buenos días,

Las dos facturas que me reclamáis (FV26-1199 y FV26-1241) os las pagué juntas en una sola transferencia de 705,75 € el 22 de diciembre, desde la cuenta de Caixa Popular. En el concepto puse solo "Barraca Pla diciembre", igual por eso no la habéis casado.

Comprobadlo y me decís.

Salvador Pla
Restaurante La Barraca de Pla
El Palmar – València
961 62 00 43"""),

    dict(id="s18es034", date="2027-01-25T17:09", fmt="gmail", stage="final_notice", ago=3,
         inv="FV26-1067", amt="1.430,00", due="2026-11-05",
         frm="Miguel Ángel Carrasco <macarrasco@asadorelcruce.es>",
         intent="dispute",
         note="Angry refusal: the machine invoiced has not worked since installation.",
         body="""¿Monitorio? ¿En serio?

Les llamé en noviembre, les volví a llamar en diciembre y les mandé un correo el día 2 de diciembre diciendo que la máquina de hielo que me instalaron NO FUNCIONA. Gotea, no hace hielo y el técnico de ustedes vino una vez, dijo que pedía una pieza y no ha vuelto a aparecer.

No voy a pagar 1.430 € por una máquina que tengo desenchufada en el almacén. Vengan a arreglarla o llévensela, pero a mí no me amenacen. Si quieren ir al juzgado, vayan, que tengo todo por escrito.

Miguel Ángel Carrasco
Asador El Cruce"""),

    dict(id="s18es035", date="2027-01-18T09:34", fmt="apple", stage="reminder", ago=3,
         inv="FV27-0008", amt="348,60", due="2027-01-10",
         frm="Laura Cano <laura@heladeriacano.com>",
         intent="promise", promise_date="2027-01-22",
         note="'el viernes 22' (Monday 18 Jan) = 22 January; the catalogue question is secondary.",
         body="""Hola!

Sí, perdona, la pago este viernes 22 cuando haga todos los pagos de proveedores.

Por cierto, ¿tenéis ya el catálogo de temporada de verano? Este año queremos cambiar las tarrinas y las cucharillas por algo compostable y me gustaría ver qué tenéis antes de que abramos en marzo.

Gracias!
Laura Cano
Heladería Cano · Dénia
609 24 88 15"""),

    dict(id="s18es036", date="2026-12-28T08:02", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-1311", amt="126,00", due="2026-12-18",
         frm="Jordi Albert <jordi@albertfisioterapia.es>",
         intent="out_of_office", return_date="2027-01-04",
         note="Says he is back on Monday 4 January.",
         subj_prefix="Re: ",
         body="""Hola, gracias por tu correo.

La clínica está cerrada entre Navidad y Año Nuevo. Vuelvo a estar en consulta el lunes 4 de enero; si es urgente, déjame un WhatsApp en el 611 70 35 92.

Jordi Albert · Albert Fisioteràpia"""),

    dict(id="s18es037", date="2027-01-26T13:55", fmt="tb", stage="second_reminder", ago=2,
         inv="FV26-1268", amt="451,20", due="2026-12-20",
         frm="Academia de Idiomas Babel <secretaria@academiababelgandia.es>",
         intent="paid", paid_on="2027-01-26",
         note="Paid by card through the link today.",
         body="""Hola,

Acabo de pagar la factura FV26-1268 con tarjeta a través del enlace que venía en el correo. Me ha salido la pantalla de "pago realizado" pero no me ha llegado ningún recibo al email. ¿Me lo podéis mandar para contabilidad?

Gracias,
Sara Mompó
Secretaría – Academia Babel (Gandia)
962 86 31 04"""),

    dict(id="s18es038", date="2027-01-27T11:21", fmt="outlook", stage="reminder", ago=1,
         inv="FV27-0052", amt="188,40", due="2027-01-15",
         frm="Clínica Dental Sonrisas Ruzafa <recepcion@sonrisasruzafa.es>",
         intent="other",
         note="Wrong recipient: says they are not the customer named, never bought from the firm.",
         body="""Buenos días:

Creo que este correo nos ha llegado por error. Somos una clínica dental y no tenemos ninguna relación comercial con ustedes, nunca les hemos comprado nada.

En la factura pone "Bar Ruzafa 17", que está en nuestro mismo edificio, en el bajo. Quizá se han equivocado al copiar la dirección de correo. Revísenlo, por favor.

Un saludo,
Recepción
Clínica Dental Sonrisas Ruzafa"""),

    dict(id="s18es039", date="2027-01-20T16:12", fmt="html_gmail", stage="firm", ago=2,
         inv="FV26-1252", amt="1.128,00", due="2026-12-10",
         frm="Hostal Las Dunas <hostallasdunas.elsaler@gmail.com>",
         intent="promise", promise_date="2027-01-29",
         note="Commits to pay on 29/01.",
         body="""Hola buenas tardes,

Disculpad el retraso con esta factura, en enero tenemos muy poca ocupación y vamos con la caja justa. Os la pago el 29/01, que es cuando nos ingresa Booking la liquidación de diciembre.

Si queréis que os lo confirme ese mismo día, avisadme.

Un saludo,
Pepa Alcañiz
Hostal Las Dunas · El Saler"""),

    dict(id="s18es040", date="2027-01-28T10:02", fmt="html_outlook", stage="final_notice", ago=2,
         inv=[("FV26-1005", "980,00", "2026-10-15"), ("FV26-1093", "1.312,60", "2026-11-10"), ("FV26-1214", "745,30", "2026-12-05")],
         frm="Dirección Financiera <finanzas@cafeteriasbonaire.com>",
         intent="plan_request",
         note="Asks for a deferral of the three invoices; no date committed.",
         body="""Estimados señores:

Hemos recibido su último aviso relativo a las facturas FV26-1005, FV26-1093 y FV26-1214.

Reconocemos la deuda y no es nuestra intención llegar a un procedimiento monitorio. Sin embargo, tras el cierre de dos de nuestros locales en diciembre, en este momento no podemos afrontar el pago del total de una vez.

Les solicitamos un aplazamiento del pago o, si lo prefieren, un calendario de pagos mensuales que podamos asumir. Quedamos a la espera de su propuesta, o si lo desean podemos mantener una reunión la próxima semana.

Atentamente,

Gonzalo Ibáñez Ferri
Director Financiero
Cafeterías Bonaire, S.L.
C/ de la Pau 8 · 46002 València
Tel. 963 15 62 40"""),
]
