"""Spanish debtor replies (part es, set 8), written by hand one by one.
Creditor: Norbe Servicios Integrales S.L. (Zaragoza): limpieza, seguridad (alarmas, CCTV), informática y reprografía."""

CASES = [
    dict(id="s8es001", country="ES", date="2026-12-09T10:42", fmt="gmail", stage="reminder", ago=2,
         inv="NS26-01873", amt="217,80", due="2026-11-30",
         frm="Pilar Gascón <pilar@gestoriagascon.es>",
         intent="promise", promise_date="2026-12-11",
         note="'La pagamos el viernes' written on Wednesday 9 December: Friday 11 December.",
         body="""Hola buenos días,

Perdonad, se nos pasó con el puente. La pagamos el viernes sin falta.

Un saludo,
Pilar Gascón
Gestoría Gascón
Tel. 976 23 41 08"""),

    dict(id="s8es002", country="ES", date="2026-12-10T17:15", fmt="outlook", stage="second_reminder", ago=3,
         inv="NS26-01790", amt="96,80", due="2026-11-20",
         frm="Academia Babel - Administración <admin@academiababel.com>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made 'ayer' (reply of 10 December): 9 December.",
         body="""Buenas tardes,

Les informo de que ayer realizamos la transferencia de la factura NS26-01790 por importe de 96,80 €. En el concepto pusimos el número de factura, así que no debería haber problema para identificarla. Tengan en cuenta que al ser de otro banco puede tardar uno o dos días en aparecer.

Si necesitan el justificante me lo dicen y se lo envío.

Saludos cordiales,

Marta Lafuente
Academia Babel Idiomas
C/ Doctor Cerrada 22, 50005 Zaragoza
976 55 12 90"""),

    dict(id="s8es003", country="ES", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="NS26-01920", amt="1.452,00", due="2026-12-15",
         frm="Javier Ortiz <jortiz@ortizyasociados-abogados.es>",
         intent="out_of_office", return_date="2027-01-08",
         note="Away 21 December to 7 January inclusive: back Friday 8 January.",
         body="""Estimado/a remitente:

Le informo de que me encuentro fuera del despacho desde el 21 de diciembre de 2026 hasta el 7 de enero de 2027, ambos inclusive, con acceso limitado al correo electrónico. Su mensaje será atendido a mi regreso.

Para asuntos urgentes relacionados con procedimientos en curso puede dirigirse a mi compañera Elena Mur (emur@ortizyasociados-abogados.es) o llamar al 976 30 12 44.

Atentamente,

Javier Ortiz Laborda
Ortiz & Asociados Abogados"""),

    dict(id="s8es004", country="ES", date="2026-12-14T21:07", fmt="gmail", stage="second_reminder", ago=4,
         inv="NS26-01755", amt="385,00", due="2026-11-25",
         frm="Dani Royo <dani@crossboxmoncayo.com>",
         intent="dispute",
         note="Refuses to pay the November maintenance until the CCTV recorder the technician broke is fixed.",
         body="""A ver, os lo dije por teléfono a vuestra compañera hace dos semanas y os lo repito por aquí: las cámaras de la sala de abajo llevan sin grabar desde que vino vuestro técnico a "actualizar" el grabador a principios de noviembre. Nos han robado una mochila en el vestuario y cuando fuimos a mirar la grabación NO HABÍA NADA.

Y encima me mandáis avisos de pago cada tres días. No pienso pagar la cuota de mantenimiento de noviembre hasta que alguien venga y deje el sistema funcionando como estaba. Si queréis cobrar, arreglad primero lo que rompisteis.

Dani Royo
CrossBox Moncayo"""),

    dict(id="s8es005", country="ES", date="2026-12-15T13:48", fmt="gmail", stage="reminder", ago=1,
         inv="NS26-01968", amt="60,50", due="2026-12-05",
         frm="Ruben M. <rubenmzgz87@gmail.com>",
         intent="promise",
         note="'la semana q viene' is a window, no single day.",
         body="""hola perdona no me acordaba q estaba pendiente. esta semana imposible q ando fatal de curro, la semana q viene os lo pago seguro

ruben"""),

    dict(id="s8es006", country="ES", date="2026-12-16T09:22", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="NS26-01702", amt="2.904,00", due="2026-11-15",
         frm="Intervención - Ayto. Almenara de Huerva <intervencion@almenaradehuerva.es>",
         intent="copy_request",
         note="The town hall has no record of the invoice: it must be filed through FACe with the DIR3 codes before it can be approved and paid.",
         body="""Buenos días:

En relación con su correo, le comunicamos que en este Ayuntamiento no consta registrada la factura NS26-01702.

De acuerdo con la Ley 25/2013, de 27 de diciembre, de impulso de la factura electrónica, las sociedades de responsabilidad limitada están obligadas a presentar sus facturas a través del Punto General de Entrada de Facturas Electrónicas (FACe). Mientras la factura no figure registrada en FACe no es posible tramitar su conformidad ni, por tanto, su pago.

Le rogamos que la presenten indicando los siguientes códigos DIR3:
Oficina contable: L01501094
Órgano gestor: L01501094
Unidad tramitadora: L01501094

Una vez registrada, seguirá el procedimiento ordinario de aprobación.

Atentamente,

Negociado de Intervención
Ayuntamiento de Almenara de Huerva
Plaza de España, 1 · 50139 Almenara de Huerva (Zaragoza)
Tel. 976 81 40 02

Este mensaje y sus anexos son confidenciales y van dirigidos exclusivamente a su destinatario. Los datos personales se tratarán conforme al Reglamento (UE) 2016/679 y a la Ley Orgánica 3/2018."""),

    dict(id="s8es007", country="ES", date="2026-12-14T11:05", fmt="tb", stage="reminder", ago=3,
         inv="NS26-01811", amt="143,99", due="2026-12-01",
         frm="Bodegas Viña Hontanar <administracion@vinahontanar.es>",
         intent="paid", paid_on="2026-12-03",
         note="Says the direct debit was charged on the 3rd (December) and not returned.",
         body="""Buenos días,

Nos llega su recordatorio de la factura NS26-01811, pero según nuestro extracto el recibo domiciliado se cargó en cuenta el día 3 (Ibercaja, cuenta terminada en 4417). No nos consta ninguna devolución.

Por favor, revísenlo con su banco antes de volver a reclamarlo.

Un saludo,

Conchi Blasco
Administración
Bodegas Viña Hontanar
Ctra. de Aguarón, km 3 · 50400 Cariñena (Zaragoza)"""),

    dict(id="s8es008", country="ES", date="2026-12-17T19:40", fmt="gmail", stage="firm", ago=3,
         inv=[("NS26-01544", "726,00", "2026-10-31"), ("NS26-01690", "484,00", "2026-11-30")],
         frm="Boutique Lua <hola@boutiquelua.es>",
         intent="plan_request",
         note="Asks to pay the two invoices in three or four monthly instalments; no date committed.",
         body="""Buenas tardes,

Soy Lucía, de Boutique Lua. Sé que tengo pendientes las dos facturas y no quiero que esto se alargue, pero os soy sincera: este otoño ha ido muy flojo y hasta que no pasen las Navidades y las rebajas no voy a tener liquidez para pagarlo todo de golpe.

¿Sería posible pagarlo en tres o cuatro meses, a plazos? Decidme cómo lo veis y lo organizamos.

Gracias y perdonad las molestias,
Lucía Sanz
Boutique Lua · C/ Cinco de Marzo 9, Zaragoza
622 18 40 73"""),

    dict(id="s8es009", country="ES", date="2026-12-18T12:30", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="NS26-01622", amt="5.808,00", due="2026-11-30",
         frm="Cuentas a Pagar IMEBRO <cuentasapagar@imebro.com>",
         intent="promise", promise_date="2027-02-15",
         note="Invoice included in a confirming remittance maturing 15/02/2027; the remittance date (15/12) is not the payment date.",
         body="""Buenos días,

En respuesta a su correo, les confirmamos que la factura NS26-01622 por importe de 5.808,00 € está aprobada y ha sido incluida en la remesa de confirming emitida el 15/12/2026 a través de Banco Sabadell, con vencimiento 15/02/2027.

Recibirán en breve la comunicación de la entidad financiera con el detalle de la orden de pago. Si lo desean, pueden anticipar el cobro desde la propia plataforma de confirming.

Atentamente,

Raquel Domínguez
Departamento de Cuentas a Pagar
Industrias Metálicas del Ebro, S.A.
Polígono Industrial Malpica, calle E, nave 12 · 50016 Zaragoza
T. +34 976 57 03 10

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si usted no es el destinatario indicado, queda notificado de que la utilización, divulgación o copia sin autorización está prohibida. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente y proceda a su destrucción."""),

    dict(id="s8es010", country="ES", date="2026-12-11T22:14", fmt="gmail", stage="reminder", ago=1,
         inv="NS26-01899", amt="48,40", due="2026-11-28",
         frm="Sergio Pueyo <sergio.pueyo@clinicadentalarrabal.es>",
         intent="unsubscribe",
         note="Asks to stop the automatic reminders to this (work) address; gives no other address.",
         body="""Hola,

Por favor, dejad de enviarme estos recordatorios a este correo, es el del trabajo y no quiero recibir aquí avisos de cobro. Dadme de baja de estos envíos automáticos.

Gracias."""),
    dict(id="s8es011", country="ES", date="2026-12-22T08:34", fmt="bounce", stage="reminder",
         inv="NS26-01930", amt="330,00", due="2026-12-10",
         rcpt="contabilidad@hotelpuertadelcierzo.com", status="5.2.2",
         remote="hotelpuertadelcierzo-com.mail.protection.outlook.com",
         diag="552 5.2.2 STOREDRV.Deliver; recipient mailbox is full",
         intent="bounce",
         body="""Delivery has failed to these recipients or groups:

contabilidad@hotelpuertadelcierzo.com
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly."""),

    dict(id="s8es012", country="ES", date="2026-12-18T13:10", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="NS26-01588", amt="1.210,00", due="2026-11-15",
         frm="Colegio San Braulio - Administración <administracion@colegiosanbraulio.es>",
         intent="paid", paid_on="2026-12-18",
         note="Partial payment: half (605,00) transferred today; the rest promised for January without a date.",
         body="""Buenos días:

Le escribo desde la administración del Colegio San Braulio. Hoy hemos transferido 605,00 € a cuenta de la factura NS26-01588, es decir, la mitad del importe.

El resto se lo abonaremos en enero, cuando el Departamento de Educación nos ingrese la partida de gastos de funcionamiento del concierto. No tenemos todavía la fecha exacta, pero suele llegar en la segunda quincena.

Disculpen el retraso y gracias por su paciencia.

Mª Jesús Aznar
Administración
Colegio San Braulio
Avda. de Madrid 201 · 50017 Zaragoza
Tel. 976 33 28 10"""),

    dict(id="s8es013", country="ES", date="2026-12-09T16:20", fmt="outlook", stage="reminder", ago=2,
         inv="NS26-01840", amt="1.089,00", due="2026-11-30",
         frm="Recepción Hotel Plaza del Pilar <recepcion@hotelplazadelpilar.es>",
         intent="contact_change", new_email="proveedores@grupohotelesalba.com",
         note="Supplier invoices and reminders must now go to the group's head office address.",
         body="""Buenas tardes,

Les contesta la recepción del hotel. Desde el mes de octubre la facturación de proveedores ya no se lleva desde el hotel, sino desde el departamento de administración del grupo en Madrid. Les rogamos que a partir de ahora envíen las facturas y los recordatorios a proveedores@grupohotelesalba.com, indicando siempre el nombre del hotel.

Nosotros ya les hemos reenviado este correo a ellos.

Un saludo,

Nerea Calvo
Recepción · Hotel Plaza del Pilar
Pl. del Pilar 11 · 50003 Zaragoza
Tel. 976 39 80 60"""),

    dict(id="s8es014", country="ES", date="2027-01-11T18:55", fmt="gmail", stage="firm", ago=4,
         inv="NS26-01710", amt="847,00", due="2026-11-30",
         frm="Coop. San Isidro <cooperativa@sanisidrobelchite.es>",
         intent="promise", promise_date="2027-01-20",
         note="Will transfer when the olive-oil settlement arrives, 'el miércoles 20': 20 January.",
         body="""Buenas tardes,

Soy Jesús, el gerente de la cooperativa. Disculpad el retraso con la factura de la limpieza de la nave. Estamos esperando a cobrar la liquidación del aceite de esta campaña y hasta entonces vamos muy justos de tesorería, pero la almazara ya nos ha confirmado que nos lo ingresa el miércoles 20. Ese día os hago la transferencia, en cuanto lo vea entrar.

Un saludo

Jesús Lasheras
Gerente - Cooperativa San Isidro de Belchite
Tel. 976 83 00 51 / 659 20 11 83"""),

    dict(id="s8es015", country="ES", date="2027-01-13T10:15", fmt="html_outlook", stage="final_notice", ago=5,
         inv="NS26-01402", amt="3.630,00", due="2026-10-15",
         frm="Administración Concursal Gráficas Moncayo <ac.graficasmoncayo@lexconcursal.es>",
         intent="other",
         note="Debtor is in insolvency proceedings (concurso): the firm must lodge its claim with the insolvency administrator; no payment statement.",
         body="""Muy señores nuestros:

Nos dirigimos a ustedes en calidad de administración concursal de GRÁFICAS MONCAYO, S.L., declarada en concurso voluntario de acreedores por auto del Juzgado de lo Mercantil n.º 1 de Zaragoza de fecha 30 de noviembre de 2026 (concurso ordinario 812/2026).

Como consecuencia de dicha declaración, la concursada no puede atender fuera del procedimiento el pago de créditos nacidos con anterioridad. La factura NS26-01402 tiene la consideración de crédito concursal, por lo que les rogamos que se abstengan de remitir nuevos requerimientos de pago y que, en su lugar, comuniquen su crédito a esta administración concursal conforme al artículo 255 del Texto Refundido de la Ley Concursal, acompañando copia de la factura y de los documentos que lo acrediten.

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Lex Concursal Abogados y Economistas, S.L.P.
Administración concursal de Gráficas Moncayo, S.L.
Paseo de Sagasta 40, 3.º · 50006 Zaragoza
Tel. 976 22 71 15"""),

    dict(id="s8es016", country="ES", date="2026-12-28T09:02", fmt="ooo", stage="reminder", ago=0,
         inv="NS26-01985", amt="121,00", due="2026-12-20",
         frm="Alberto Ferrer Fotografía <info@albertoferrerfoto.com>",
         subj="De vacaciones",
         intent="out_of_office", return_date="2027-01-04",
         note="Holiday auto-reply: away until Sunday 3 January, back Monday 4.",
         body="""¡Hola! Gracias por tu mensaje.

Estoy de vacaciones hasta el domingo 3 de enero y no voy a mirar el correo. El lunes 4 vuelvo al estudio y te contesto en cuanto pueda.

¡Felices fiestas!
Alberto"""),

    dict(id="s8es017", country="ES", date="2027-01-05T12:40", fmt="apple", stage="reminder", ago=1,
         inv="NS26-02011", amt="72,60", due="2026-12-20",
         frm="Carmen Royo <carmenroyo.peluqueria@gmail.com>",
         intent="paid", paid_on="2027-01-05",
         note="Paid by card through the link 'acabo de pagarla': today.",
         body="""Buenos días, acabo de pagarla con la tarjeta desde el enlace del correo. Me ha salido que el pago se ha hecho correctamente, si no os llega decídmelo.

Carmen
Peluquería Carmen Royo

Enviado desde mi iPhone"""),

    dict(id="s8es018", country="ES", date="2027-01-12T11:45", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="NS26-02040", amt="1.028,50", due="2026-12-31",
         frm="Administración Sancho & Gil Abogados <administracion@sanchogil.es>",
         intent="dispute",
         note="Contests on-site hours billed separately although the maintenance contract includes them; asks for a corrective invoice.",
         body="""Estimados señores:

Hemos recibido su recordatorio relativo a la factura NS26-02040, de 1.028,50 €, que recoge 8,5 horas de asistencia técnica presencial en el mes de diciembre a 100 €/hora más IVA.

Según el contrato de mantenimiento informático que tenemos suscrito con ustedes desde marzo de 2025, la asistencia presencial está incluida en la cuota mensual hasta un máximo de 10 horas al mes, y en diciembre no se superó ese límite. Entendemos, por tanto, que esas horas no deben facturarse aparte.

Les rogamos que revisen la factura y nos remitan la correspondiente factura rectificativa. Entretanto, la factura queda en suspenso.

Un cordial saludo,

Beatriz Gil Casanova
Socia directora
Sancho & Gil Abogados
C/ Costa 4, 2.º izda. · 50001 Zaragoza
Tel. 976 21 09 37

Este mensaje puede contener información confidencial sujeta a secreto profesional. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine sin hacer uso de él."""),

    dict(id="s8es019", country="ES", date="2027-01-08T10:05", fmt="gmail", fwd=True, stage="firm", ago=3,
         inv="NS26-01655", amt="2.420,00", due="2026-11-30",
         frm="Lorena Marín <lorena@talleresmarin.es>",
         intent="promise", promise_date="2027-01-15",
         note="Assistant forwards the manager's answer: 'el viernes 15 se paga' = Friday 15 January.",
         body="""Buenos días,

Os reenvío lo que me ha contestado Ramón sobre vuestra factura. Cualquier cosa me decís a mí.

Lorena
Administración · Talleres Marín e Hijos
Tel. 976 10 62 38

---------- Mensaje reenviado ---------
De: Ramón Marín <ramon@talleresmarin.es>
Date: jue, 7 ene 2027 a las 19:32
Subject: Re: Tercer aviso: factura NS26-01655 impagada
To: Lorena Marín <lorena@talleresmarin.es>

Lorena, diles que el viernes 15 se paga, que estamos esperando a cobrar de un cliente gordo. No les cuentes más.

Ramón"""),

    dict(id="s8es020", country="ES", date="2027-01-14T09:48", fmt="outlook", stage="reminder", ago=2,
         inv="NS26-02066", amt="605,00", due="2027-01-05",
         frm="Transportes Lacasa - Contabilidad <contabilidad@translacasa.es>",
         intent="bank_details",
         note="Received a suspicious email announcing a new IBAN from a look-alike domain; asks the firm to confirm its real IBAN before paying.",
         body="""Buenos días,

Antes de pagar la factura NS26-02066 necesito que me confirméis una cosa. La semana pasada nos llegó un correo, supuestamente vuestro, diciendo que habíais cambiado de banco y que a partir de ahora los pagos se hicieran a una cuenta nueva que empieza por ES91 2100. Me pareció raro porque no venía firmado por nadie y la dirección era parecida a la vuestra pero no igual (norbe-servicios.com).

¿Me podéis llamar y confirmarme cuál es vuestro IBAN correcto? No quiero llevarme un disgusto. En cuanto lo tenga claro, la pago.

Gracias,

Pedro Lacasa
Transportes Lacasa S.L.
Tel. 976 14 55 02"""),
    dict(id="s8es021", country="ES", date="2026-12-28T12:20", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="NS26-01760", amt="1.936,00", due="2026-11-30",
         frm="Tesorería Ayto. Torrecilla de Jalón <tesoreria@torrecilladejalon.es>",
         intent="paid", paid_on="2026-12-22",
         note="Town hall treasury: paid by transfer dated 22/12/2026 (payment order 2026/1148).",
         body="""Buenos días:

En contestación a su correo, le informamos de que la factura NS26-01760 (registro FACe n.º 2026/000318472) fue aprobada por Decreto de Alcaldía y abonada mediante transferencia bancaria con fecha 22/12/2026, según la orden de pago n.º 2026/1148.

El importe transferido es de 1.936,00 €. Si a fecha de hoy no lo han recibido, les rogamos que lo comprueben con su entidad, ya que las transferencias emitidas en fechas próximas a festivos pueden tardar algún día más en abonarse.

Atentamente,

Tesorería Municipal
Ayuntamiento de Torrecilla de Jalón
Plaza Mayor, 1 · 50293 Torrecilla de Jalón (Zaragoza)
Tel. 976 60 51 20 · tesoreria@torrecilladejalon.es"""),

    dict(id="s8es022", country="ES", date="2026-12-23T13:35", fmt="gmail", stage="reminder", ago=2,
         inv="NS26-01944", amt="260,15", due="2026-12-15",
         frm="Fernando Aznar <fernando@bodegacerroaldeana.com>",
         intent="promise",
         note="Will pay when the person in charge returns 'después de Reyes': no single day.",
         body="""Hola,

Estos días estamos a tope con los pedidos de Navidad y la chica que lleva los pagos está de vacaciones hasta después de Reyes. En cuanto vuelva os la pagamos, no os preocupéis. Las etiquetas quedaron muy bien, por cierto.

Felices fiestas,
Fernando
Bodega Cerro Aldeana"""),

    dict(id="s8es023", country="ES", date="2026-12-14T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="NS26-01905", amt="544,50", due="2026-12-05",
         frm="Hotel Cala Morisca <info@hotelcalamorisca.com>",
         intent="out_of_office", return_date="2027-02-12",
         note="Hotel closed for the season until 11 February; reopens Friday 12 February.",
         body="""Estimado cliente:

Le informamos de que el Hotel Cala Morisca permanece cerrado por descanso de temporada desde el 8 de diciembre de 2026 hasta el 11 de febrero de 2027. Reabriremos el viernes 12 de febrero. Durante este periodo el correo no se atiende de forma regular.

Para reservas puede utilizar nuestra web www.hotelcalamorisca.com. Para asuntos administrativos urgentes, escriba a gerencia@hotelcalamorisca.com.

Gracias y felices fiestas.

Hotel Cala Morisca · Salou (Tarragona)"""),

    dict(id="s8es024", country="ES", date="2027-01-18T10:30", fmt="html_outlook", stage="reminder", ago=4,
         inv="NS26-02071", amt="3.146,00", due="2027-01-10",
         frm="Accounts Payable Spain - Iberplat <ap.spain@iberplat.com>",
         intent="copy_request",
         note="Invoice rejected for lack of a purchase-order number; asks for the invoice to be re-sent with the PO.",
         body="""Estimado proveedor:

Le informamos de que la factura NS26-02071 ha sido rechazada en nuestro sistema por no incluir número de pedido (PO). De acuerdo con nuestra política de compras, no podemos registrar ni pagar facturas que no hagan referencia a un pedido válido.

Le rogamos que solicite el número de pedido a la persona de nuestra empresa que le hizo el encargo y nos reenvíe la factura indicándolo (formato 45XXXXXXXX) a facturas.es@iberplat.com. Una vez registrada, entrará en el siguiente ciclo de pago.

Saludos cordiales,

Accounts Payable Team – Spain
Iberplat Logística, S.A.U.
Shared Service Center · Plaza Europa 2, planta 6 · 50003 Zaragoza

Please consider the environment before printing this e-mail."""),

    dict(id="s8es025", country="ES", date="2027-01-19T22:48", fmt="outlook", stage="firm", ago=5,
         inv=[("NS26-01870", "42,35", "2026-12-05"), ("NS27-00112", "42,35", "2027-01-05")],
         frm="Maribel Cortés <maribelcortes64@hotmail.com>",
         intent="dispute",
         note="Says she cancelled the alarm contract in October; refuses to pay the December and January fees.",
         body="""ESTO YA ES EL COLMO.

Di de baja la alarma en octubre. Llamé el 14 de octubre, hablé con una tal Sonia y me dijo que estaba todo tramitado y que pasarían a recoger la centralita. No ha venido nadie a recoger nada y ahora me reclamáis las cuotas de diciembre y de enero de un servicio que YA NO TENGO CONTRATADO.

No pienso pagar ni un euro. Como sigáis mandándome cartas de estas pongo una reclamación en Consumo. Venid a por vuestro aparato y dejadme en paz.

Maribel Cortés"""),

    dict(id="s8es026", country="ES", date="2027-01-20T23:12", fmt="gmail", stage="reminder", ago=2,
         inv="NS26-02090", amt="145,20", due="2027-01-10",
         frm="Academia Estudia+ <academiaestudiamas@gmail.com>",
         intent="promise", promise_date="2027-01-21",
         note="'mañana a primera hora' written late on 20 January: 21 January.",
         body="""perdon se me habia pasado totalmente!! mañana a primera hora hago la transferencia

Nuria"""),

    dict(id="s8es027", country="ES", date="2027-01-04T11:25", fmt="html_gmail", stage="second_reminder", ago=4,
         inv=[("NS26-01712", "968,00", "2026-11-20"), ("NS26-01801", "566,28", "2026-11-30")],
         frm="Óscar Bielsa <obielsa@gimnasioaktiva.es>",
         intent="paid", paid_on="2026-12-18",
         note="Both invoices paid together in one transfer on 18 December.",
         body="""Hola, buenos días y feliz año.

Las dos facturas (NS26-01712 y NS26-01801) os las pagamos juntas el 18 de diciembre, en una sola transferencia de 1.534,28 €. Puede que no os haya cuadrado por eso. En el concepto puse "Norbe fras. nov." porque no me cabían los dos números.

Os adjunto el justificante del banco para que lo podáis conciliar.

Un saludo,
Óscar Bielsa
Gimnasio Aktiva
www.gimnasioaktiva.es · 976 49 02 11"""),

    dict(id="s8es028", country="ES", date="2027-01-22T17:05", fmt="tb", stage="final_notice", ago=4,
         inv="NS26-01480", amt="1.815,00", due="2026-10-31",
         frm="Ferretería Hnos. Lapuente <ferreteria.lapuente@telefonica.net>",
         intent="plan_request",
         note="Acknowledges the debt and asks to pay it in monthly instalments; no date or amount committed.",
         body="""Buenas tardes:

He recibido su último aviso. Les reconozco la deuda y no es mi intención llegar a un monitorio, pero ahora mismo no puedo pagar los 1.815 € de una vez: diciembre ha sido muy malo y este mes tengo que hacer frente al IVA del cuarto trimestre y al seguro del local.

Les propongo pagarla en varios plazos mensuales, los que ustedes consideren razonables. Díganme cómo quieren que lo hagamos y lo cumpliré.

Atentamente,

José Antonio Lapuente
Ferretería Hnos. Lapuente
C/ Mayor 27 · 50500 Tarazona (Zaragoza)
Tel. 976 64 13 70"""),

    dict(id="s8es029", country="ES", date="2026-12-10T12:02", fmt="gmail", stage="reminder", ago=3,
         inv="NS26-01857", amt="302,50", due="2026-11-30",
         frm="Alicia Gracia <alicia.gracia@graciaasesores.es>",
         intent="other",
         note="Wrong recipient: not a customer, suggests a firm with a similar name.",
         body="""Buenos días,

Creo que nos han escrito por error. En Gracia Asesores no tenemos contratado ningún servicio con ustedes y no nos consta ninguna factura suya. Quizá se trate de Gracia Asesoría Laboral, que está en el Coso y tiene un nombre parecido; ya nos ha pasado alguna vez con otros proveedores.

Por favor, revisen el destinatario.

Un saludo,
Alicia Gracia
Gracia Asesores · Asesoría fiscal y contable"""),

    dict(id="s8es030", country="ES", date="2027-01-12T09:15", fmt="outlook", stage="reminder", ago=1,
         inv="NS26-02035", amt="726,00", due="2026-12-31",
         frm="Administración Residencia Los Olivos <administracion@residencialosolivos.es>",
         intent="promise", promise_date="2027-01-25",
         note="Supplier payment days are the 10th and 25th; the invoice missed the 10th run and will go in the 25 January run.",
         body="""Buenos días,

Le informo de que en la residencia tenemos establecidos como días de pago a proveedores el 10 y el 25 de cada mes. Su factura nos llegó el 4 de enero y la remesa del día 10 se prepara con las facturas recibidas hasta fin de mes, así que entrará en la del 25 de enero.

Un saludo,

Ana Belén Sierra
Dpto. Administración
Residencia Los Olivos
Camino de las Torres 88 · 50008 Zaragoza
Tel. 976 59 77 40"""),
    dict(id="s8es031", country="ES", date="2026-12-16T10:40", fmt="gmail", stage="reminder", ago=2,
         inv="NS26-01888", amt="89,54", due="2026-12-05",
         frm="Luis Bernal <luisbernal.z@gmail.com>",
         intent="paid", paid_on="2026-12-16",
         note="The direct debit was returned; he made a transfer 'esta mañana' (16 December) including the return fee.",
         body="""Buenos días,

Sí, ya vi que el banco os devolvió el recibo. Fue culpa mía, ese día no tenía saldo suficiente en la cuenta. Esta mañana os he hecho una transferencia por los 89,54 € más los 3 € de gastos de devolución que me dijeron por teléfono, en total 92,54 €.

Perdonad las molestias.

Luis Bernal"""),

    dict(id="s8es032", country="ES", date="2026-12-23T08:32", fmt="ooo", stage="second_reminder", ago=0,
         inv="NS26-01822", amt="4.235,00", due="2026-11-30",
         frm="Montserrat Pina <mpina@conservasdelebro.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away 23/12 to 06/01 (Reyes, a holiday): first working day back is Thursday 7 January.",
         body="""Gracias por su mensaje.

Estaré ausente de la oficina del 23/12 al 06/01, sin acceso al correo electrónico. Para cualquier asunto relacionado con facturación o pagos a proveedores, pueden contactar con administracion@conservasdelebro.es o en el 976 12 84 00.

Un saludo,

Montserrat Pina
Dpto. Financiero – Conservas del Ebro, S.A."""),

    dict(id="s8es033", country="ES", date="2027-01-07T12:50", fmt="tb", stage="reminder", ago=3,
         inv="NS26-02002", amt="181,50", due="2026-12-20",
         frm="Mercedes Lahoz <mercedes@escuelaarmonia.es>",
         intent="contact_change", new_email="secretaria@escuelaarmonia.es",
         note="The contact has retired and her mailbox will close; invoices to go to the secretary's address. 'la miro esta semana' is no payment commitment.",
         body="""Hola,

Os escribo yo, Rosa, desde el correo de Mercedes. Mercedes se jubiló en diciembre y este correo lo vamos a cerrar a finales de mes. A partir de ahora mandad todo lo de facturas a secretaria@escuelaarmonia.es, que es el que llevo yo.

Esta factura la miro esta semana con la directora.

Rosa Embid
Secretaría · Escuela de Música Armonía
Tel. 976 27 15 93"""),

    dict(id="s8es034", country="ES", date="2027-01-26T08:05", fmt="apple", stage="reminder", ago=1,
         inv="NS27-00148", amt="30,25", due="2027-01-15",
         frm="Jorge Sancho <jsancho@me.com>",
         intent="unsubscribe",
         note="Wants no more automatic messages at this address; says nothing about paying.",
         body="""Ya está bien de correos. Me llegan vuestros avisos por duplicado, a este correo y al de casa. Quitadme de esta lista, no quiero recibir más mensajes automáticos vuestros aquí.

Enviado desde mi iPhone"""),

    dict(id="s8es035", country="ES", date="2027-01-15T12:10", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="NS27-00087", amt="1.573,00", due="2027-01-10",
         frm="Administración Coop. Virgen del Pilar <admin@coopvirgendelpilar.es>",
         intent="dispute",
         note="Contests a monthly fee raised from 1.100 to 1.300 € + IVA without notice; asks for a new invoice at the agreed price.",
         body="""Buenos días:

Hemos recibido su aviso sobre la factura NS27-00087. Nos sorprende el importe: la cuota mensual del servicio de limpieza de oficinas y almacén es de 1.100 € + IVA (1.331 €), tal y como figura en el presupuesto aceptado en 2025, y esta factura aplica 1.300 € + IVA sin que nadie nos haya comunicado ninguna subida de tarifa.

El Consejo Rector no ha aprobado ningún incremento, por lo que no vamos a abonar la factura tal como está emitida. Les rogamos que la anulen y emitan una nueva por el importe acordado, que pagaremos sin problema.

Si su intención es actualizar la tarifa para 2027, háganos llegar una propuesta por escrito y la estudiaremos.

Atentamente,

Elena Ripoll
Administración
Cooperativa Agrícola Virgen del Pilar
Avda. Cosculluela 12 · 50600 Ejea de los Caballeros (Zaragoza)
Tel. 976 66 05 18"""),

    dict(id="s8es036", country="ES", date="2027-01-14T19:20", fmt="apple", stage="second_reminder", ago=3,
         inv="NS26-02019", amt="399,30", due="2026-12-30",
         frm="Quique Lorente <frutaslorente@icloud.com>",
         intent="promise", promise_date="2027-01-18",
         note="'el lunes' written on Thursday 14 January: Monday 18 January.",
         body="""Vale, el lunes te lo transfiero. Perdona el retraso, con las fiestas se me ha ido todo.

Quique
Frutas Lorente

Enviado desde mi iPhone"""),

    dict(id="s8es037", country="ES", date="2027-01-08T09:35", fmt="outlook", stage="heads_up", ago=2,
         inv="NS27-00034", amt="2.057,00", due="2027-01-15",
         frm="Cristina Arana <cristina@aranaasesores.es>",
         intent="bank_details",
         note="Announces its own new bank account for the direct debits and sends a new SEPA mandate.",
         body="""Buenos días:

Con motivo del aviso de vencimiento de la factura NS27-00034, les comunicamos que desde el 1 de enero hemos cambiado de entidad bancaria. Les rogamos que a partir de ahora giren los recibos domiciliados a la siguiente cuenta:

Titular: Arana Asesores, S.L.P.
Entidad: Caja Rural de Aragón
IBAN: ES35 3191 0032 4150 2211 8634

Les adjuntamos firmada la nueva orden de domiciliación SEPA. La cuenta anterior se cancelará a finales de mes, así que si el recibo se pasa allí será devuelto.

Un saludo,

Cristina Arana
Arana Asesores
Paseo de la Independencia 19, 5.º · 50001 Zaragoza
Tel. 976 23 80 14"""),

    dict(id="s8es038", country="ES", date="2027-01-12T16:30", fmt="tb", stage="second_reminder", ago=5,
         inv="NS26-01995", amt="665,50", due="2026-12-20",
         frm="Hostal Río Piedra <hostalriopiedra@gmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Paid by transfer on 4 January; the side question about the yearly alarm service needs no payment action.",
         body="""Buenas tardes,

La factura NS26-01995 la pagamos el 4 de enero por transferencia desde Caixabank. Os adjunto el justificante. Por favor, comprobadlo antes de mandar más avisos.

Aprovecho para preguntaros: ¿cuándo tenéis previsto pasar a hacer la revisión anual de la alarma y las cámaras? El año pasado fue en febrero y nos vendría mejor que fuera antes de Semana Santa.

Gracias,
Pilar Ibáñez
Hostal Río Piedra · Nuévalos
976 84 90 12"""),

    dict(id="s8es039", country="ES", date="2027-01-22T13:00", fmt="html_gmail", stage="final_notice", ago=3,
         inv="NS26-01618", amt="1.149,50", due="2026-11-25",
         frm="Autoescuela Delicias <administracion@autoescueladelicias.es>",
         intent="promise", promise_date="2027-01-27",
         note="'el miércoles de la semana que viene, día 27' written on Friday 22 January.",
         body="""Buenos días,

Disculpen, hemos tenido un problema con el banco al renovar la póliza de crédito y hasta la semana que viene no vamos a tener el dinero disponible. Les confirmo que el miércoles de la semana que viene, día 27, hacemos la transferencia del importe completo, 1.149,50 €.

Les ruego que no pasen el expediente a recobro.

Saludos,
Teresa Bermejo
Autoescuela Delicias
Avda. de Navarra 58 · 50010 Zaragoza"""),

    dict(id="s8es040", country="ES", date="2026-12-30T10:10", fmt="gmail", stage="reminder", ago=2,
         inv="NS26-01960", amt="254,10", due="2026-12-15",
         frm="Carnicería Hnos. Gimeno <carniceriagimeno@gmail.com>",
         intent="other",
         note="Passed to their gestoría, which handles payments; no payment statement or request.",
         body="""Buenos días,

Los pagos de la tienda los lleva nuestra gestoria, se lo e pasado a ellos para que lo miren. Ya les diran algo.

Un saludo
Ángel Gimeno
Carnicería Hnos. Gimeno"""),
]
