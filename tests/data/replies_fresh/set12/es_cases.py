"""Spanish (Spain) debtor replies to Artes Gráficas Montalvo S.L. (printing and signage, Pinto, Madrid). Handwritten, one by one."""

CASES = [
    dict(id="s12es001", date="2026-12-09T22:47", fmt="apple", stage="reminder", ago=2,
         inv="FV2026-0688", amt="312,40", due="2026-11-30",
         frm="Rubén Aranda <fogonderuben@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="'el viernes' written on Wednesday 9 December = Friday 11 December.",
         body="""ok, el viernes lo pago que hoy no me da la vida

Enviado desde mi iPhone"""),

    dict(id="s12es002", date="2026-12-15T10:12", fmt="html_outlook", stage="second_reminder", ago=4,
         inv="FV2026-0591", amt="2.178,00", due="2026-11-20",
         frm="Tesorería Ayuntamiento de Villaseca del Campo <tesoreria@villasecadelcampo.es>",
         intent="paid", paid_on="2026-12-14",
         note="Town hall treasury: transfer ordered on 14/12/2026 for the full amount. Other dates (FACe registration, Junta de Gobierno on the 3rd) are not the payment.",
         body="""Buenos días:

En relación con su recordatorio sobre la factura FV2026-0591 (impresión de programas y cartelería de la Cabalgata y actos de Navidad), les comunicamos que la factura fue registrada en FACe con fecha 12 de noviembre, conformada por la Concejalía de Festejos y aprobada en la Junta de Gobierno Local del pasado día 3.

El pago se ha ordenado por transferencia con fecha 14/12/2026, por el importe íntegro de 2.178,00 €, a la cuenta que figura en nuestra base de datos de terceros. Dependiendo de la entidad, el abono puede tardar uno o dos días hábiles en reflejarse en su cuenta.

Si necesitan el documento contable del pago, pueden solicitarlo a esta misma dirección.

Atentamente,

M.ª Carmen Olivares Ruiz
Tesorería Municipal
Ayuntamiento de Villaseca del Campo
Plaza Mayor, 1 · 45592 Villaseca del Campo (Toledo)
Tel. 925 78 30 12 – ext. 24

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial. No está permitida su reproducción o distribución sin la autorización expresa del Ayuntamiento de Villaseca del Campo. Si usted no es el destinatario final, por favor, elimínelo e infórmenos por esta vía."""),

    dict(id="s12es003", date="2026-12-10T16:20", fmt="outlook", stage="second_reminder", ago=3,
         inv="FV2026-0702", amt="486,20", due="2026-11-25",
         frm="Nacho Villalba <latabernadenacho@hotmail.com>",
         intent="dispute",
         note="Menus printed with the old prices; refuses to pay until they are reprinted. The 'stop sending automatic mails, call me' is secondary.",
         body="""Otra vez con el recordatorio?? Ya lo hablé con vuestro comercial por teléfono hace dos semanas. Las cartas que me imprimisteis vinieron con los precios de la carta antigua, la que os mandé yo corregida NO la usasteis. Tengo 200 cartas plastificadas que no me sirven para nada y he tenido que tirar de fotocopias en plena campaña de cenas de empresa.

Hasta que no me hagáis las cartas bien no pienso pagar ni un euro de esa factura. Y dejad de mandarme correos automáticos y llamadme, que para eso tenéis mi teléfono.

Nacho
La Taberna de Nacho
C/ Real 23 · Aranjuez"""),

    dict(id="s12es004", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV2026-0744", amt="968,00", due="2026-12-15",
         frm="Lucía Fernández Prats <lfernandez@consultoraaltamira.com>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away 21 December to 6 January inclusive; first working day back is Thursday 7 January.",
         body="""Gracias por su mensaje.

Estaré fuera de la oficina del 21 de diciembre al 6 de enero, ambos incluidos, con acceso limitado al correo. Para asuntos de facturación y pagos pueden escribir a administracion@consultoraaltamira.com.

Un saludo y felices fiestas,

Lucía Fernández
Consultora Altamira"""),

    dict(id="s12es005", date="2026-12-18T13:05", fmt="tb", stage="reminder", ago=3,
         inv="FV2026-0721", amt="274,58", due="2026-12-10",
         frm="Papelería Los Tilos <papelerialostilos@telefonica.net>",
         intent="promise",
         note="Will pay 'en cuanto pase Reyes': a vague window after 6 January, no single day.",
         body="""Hola buenas,

Ahora mismo estamos a tope con la campaña de Navidad y la caja la tengo muy justa hasta que pasen las fiestas. En cuanto pase Reyes me pongo con los pagos pendientes y os hago la transferencia, que sois de los primeros de la lista.

Perdonad el retraso.

Un saludo,
Amparo
Papelería Los Tilos
Av. de los Tilos 8 - Móstoles
Tel. 916 14 22 87"""),

    dict(id="s12es006", date="2026-12-22T19:40", fmt="gmail", stage="firm", ago=5,
         inv="FV2026-0633", amt="1.850,00", due="2026-11-15",
         frm="José Luis Quiles <reformashnosquiles@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="Partial payment of 800 EUR made today; the remaining 1,050 EUR promised for 15 January. The open balance is what the firm must follow.",
         body="""Buenas tardes,

Os escribo por lo de la factura de los vinilos y rótulos de las furgonetas. Tenéis razón, se nos ha ido de fecha, este trimestre vamos fatal de cobros con dos obras que no nos han pagado.

Hoy os he hecho una transferencia de 800 € a cuenta. Los 1.050 € que faltan os los pago el 15 de enero, que es cuando cobramos la certificación de la obra de Alcorcón. Si queréis os mando el justificante de los 800.

Gracias por la paciencia y felices fiestas.

José Luis Quiles
Reformas Hermanos Quiles S.L.
619 44 07 31"""),

    dict(id="s12es007", date="2026-12-11T12:48", fmt="html_outlook", stage="reminder", ago=2,
         inv="FV2026-0665", amt="3.412,75", due="2026-11-30",
         frm="Cuentas a Pagar - Grupo Vitalmed <cuentasapagar@grupovitalmed.es>",
         cc="Raquel Sanz <rsanz@grupovitalmed.es>",
         intent="copy_request",
         note="AP department has no record of the invoice and needs it resent with the purchase-order number before it can be paid.",
         body="""Buenos días,

Hemos recibido su recordatorio relativo a la factura FV2026-0665. Tras revisar nuestro sistema, les informamos de que dicha factura no consta como recibida en nuestro buzón de facturación.

Les recordamos que, conforme a nuestras condiciones generales de compra, todas las facturas deben incluir obligatoriamente el número de pedido (formato 45XXXXXXXX) emitido por el departamento de Compras y remitirse en PDF a facturas.proveedores@grupovitalmed.es. Las facturas sin número de pedido no pueden ser contabilizadas ni incluidas en la propuesta de pagos.

Por favor, reenvíen la factura indicando el número de pedido correspondiente. Si no disponen de él, pueden solicitarlo a la persona del hospital que realizó el encargo.

Un saludo,

Raquel Sanz
Cuentas a Pagar – Administración de Proveedores
Grupo Vitalmed
Tel. 91 456 32 00 · Ext. 4471

AVISO LEGAL: Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida en virtud de la legislación vigente."""),

    dict(id="s12es008", date="2026-12-10T21:15", fmt="gmail", stage="second_reminder", ago=1,
         inv="FV2026-0679", amt="145,20", due="2026-11-28",
         frm="Marisa <marisa.gonzalez78@gmail.com>",
         intent="paid", paid_on="2026-12-07",
         note="'pagado desde el lunes', written on Thursday 10 December = Monday 7 December.",
         body="""hola, esto ya esta pagado desde el lunes, lo hice por transferencia desde el movil. mirad bien porque me ha llegado esto dos veces ya
marisa"""),

    dict(id="s12es009", date="2027-01-12T09:20", fmt="outlook", stage="reminder", ago=1,
         inv="FV2026-0780", amt="620,40", due="2026-12-31",
         frm="Iker Etxeberria <iker@talleresiturbe.com>",
         intent="contact_change", new_email="administracion@talleresiturbe.com",
         note="Asks that reminders and invoices go to the admin person's address instead of his.",
         body="""Egun on / Buenos días,

Os pido por favor que los recordatorios y facturas no me los mandéis a mí, que yo estoy en el taller y no miro el correo casi nunca. Quien lleva los pagos es Arantxa, de administración: administracion@talleresiturbe.com

Ya le he reenviado este para que lo mire.

Gracias,
Iker Etxeberria
Talleres Iturbe
94 453 18 60"""),

    dict(id="s12es010", date="2026-12-14T11:02", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="FV2026-0655", amt="387,20", due="2026-11-25",
         frm="Sonia Pérez Lobo <sonia@fincasperezlobo.es>",
         intent="bank_details",
         note="Received a suspicious 'new bank account' mail and wants the correct IBAN confirmed before paying.",
         body="""Buenos días:

Antes de proceder al pago de la factura FV2026-0655 (placas de buzones y cartelería de la Comunidad de Propietarios C/ Río Tajo 12), necesito que me confirméis una cosa.

La semana pasada recibimos un correo, supuestamente vuestro, diciendo que habíais cambiado de banco y que a partir de ahora los pagos se hicieran a una cuenta del BBVA que empieza por ES91 0182. En la factura que tenemos figura una cuenta de CaixaBank. Con la cantidad de fraudes que hay últimamente prefiero no arriesgarme.

¿Me podéis confirmar cuál es la cuenta correcta? Si puede ser, que me llame alguien de administración al 91 633 58 14, prefiero confirmarlo por teléfono.

Gracias y un saludo,

Sonia Pérez Lobo
Administradora de Fincas Colegiada n.º 4127
Fincas Pérez Lobo
Tel. 91 633 58 14"""),

    dict(id="s12es011", date="2027-01-12T12:30", fmt="outlook", stage="second_reminder", ago=5,
         inv="FV2026-0759", amt="1.092,60", due="2026-12-20",
         frm="Pagos Proveedores <pagos@dahenares.es>",
         intent="promise", promise_date="2027-01-20",
         note="Payment runs on the 5th and 20th; invoice goes in 'la remesa del próximo día 20' = 20 January 2027.",
         body="""Buenos días,

Les informamos de que la factura FV2026-0759 está contabilizada y aprobada. Nuestra política de pagos es realizar las transferencias a proveedores los días 5 y 20 de cada mes; al haberse recibido la conformidad del departamento de Marketing después del día 5, quedará incluida en la remesa del próximo día 20.

Disculpen las molestias.

Saludos cordiales,

Departamento de Tesorería – Pagos a Proveedores
Distribuciones Alimentarias del Henares, S.A.
Ctra. de Daganzo, km 3,2 – 28806 Alcalá de Henares
T. 918 82 10 40"""),

    dict(id="s12es012", date="2026-12-16T23:10", fmt="gmail", stage="reminder", ago=2,
         inv="FV2026-0738", amt="96,80", due="2026-12-05",
         frm="Álvaro Méndez <alvaro@alvaromendez.photo>",
         intent="unsubscribe",
         note="Asks to be removed from all emails; says nothing about paying.",
         body="""Por favor, dadme de baja de estos correos. Entre las newsletters, las ofertas de Navidad y ahora esto, me llegan correos vuestros casi a diario y ya cansa. No quiero recibir nada más por email. Si hay que hablar de algo, tenéis mi móvil.

Álvaro"""),

    dict(id="s12es013", date="2027-01-04T08:31", fmt="ooo", stage="firm", ago=0,
         inv="FV2026-0712", amt="1.540,00", due="2026-12-01",
         frm="Javier Lozano <jlozano@colegiosanagustin-vlc.org>",
         intent="out_of_office", return_date="2027-01-12",
         note="On holiday 2 to 11 January inclusive; back Tuesday 12 January.",
         body="""Buenos días,

Estoy de vacaciones del 2 al 11 de enero, ambos inclusive. A mi vuelta atenderé su correo.

Para cualquier asunto urgente de secretaría pueden llamar al 963 61 27 45 en horario de 9:00 a 13:00.

Javier Lozano
Administración
Colegio San Agustín – Valencia"""),

    dict(id="s12es014", date="2026-12-17T18:45", fmt="tb", stage="second_reminder", ago=2,
         inv="FV2026-0697", amt="2.395,80", due="2026-11-30",
         frm="Ignacio Huete <tesoreria@amigosteatrocuenca.org>",
         intent="dispute",
         note="Invoice base 1,980 EUR vs accepted quote 1,650 EUR + VAT; asks for a corrective invoice, will pay once received.",
         body="""Estimados señores:

Me dirijo a ustedes en calidad de tesorero de la Asociación Cultural Amigos del Teatro, en relación con la factura FV2026-0697 por importe de 2.395,80 €, correspondiente a la impresión de los programas de mano y carteles de la temporada de otoño.

El trabajo se encargó sobre la base de su presupuesto n.º P-26/318, aceptado por correo el 9 de septiembre, por un total de 1.650,00 € más IVA (1.996,50 €). La factura, sin embargo, asciende a 1.980,00 € de base imponible, sin que se nos haya comunicado en ningún momento variación alguna del precio ni trabajos adicionales. Entendemos que puede deberse a la tirada extra de carteles que se comentó por teléfono, pero esa ampliación nunca llegó a confirmarse por nuestra parte.

Como comprenderán, al tratarse de una asociación sin ánimo de lucro que se sostiene con las cuotas de sus socios y una subvención municipal, no podemos asumir un importe distinto del presupuestado sin la aprobación de la Junta Directiva.

Por ello, les rogamos que revisen la factura y nos emitan una factura rectificativa ajustada al presupuesto. En cuanto la recibamos, procederemos a su pago sin demora.

Atentamente,

Ignacio Huete Moya
Tesorero
Asociación Cultural Amigos del Teatro
C/ Alfonso VIII, 41 – 16001 Cuenca
CIF G16234587"""),

    dict(id="s12es015", date="2027-01-08T17:22", fmt="gmail", stage="firm", ago=3,
         inv="FV2026-0728", amt="735,90", due="2026-12-10",
         frm="Floristería Margarita <floristeriamargarita.zgz@gmail.com>",
         intent="plan_request",
         note="Asks to pay in three or four instalments; no date committed ('hasta San Valentín' is context).",
         body="""Hola,

Soy Margarita, de la floristería. Os escribo porque sé que tengo pendiente la factura de las bolsas y las tarjetas, y no me he olvidado, de verdad.

La Navidad ha ido bastante peor de lo que esperaba y en enero esto está muerto hasta San Valentín. ¿Habría alguna posibilidad de pagarla en varias veces? Había pensado en tres o cuatro pagos, lo que me digáis vosotros, para no quedarme sin caja para pagar a los proveedores de flor.

Si me decís que sí, me explicáis cómo lo hacemos.

Muchas gracias,
Margarita Ruiz
Floristería Margarita
C/ Delicias 52, Zaragoza
976 33 41 09"""),

    dict(id="s12es016", date="2026-12-14T10:05", fmt="outlook", fwd=True, stage="reminder", ago=4,
         inv="FV2026-0673", amt="528,77", due="2026-12-01",
         frm="Beatriz Llorente <administracion@clinicadentalsonrisa.es>",
         intent="paid", paid_on="2026-12-11",
         note="Receptionist forwards the dentist's internal answer written Monday 14 December: 'lo pagué el viernes' = Friday 11 December.",
         body="""Buenos días,

Os reenvío la respuesta del Dr. Castaño sobre la factura. Según me dice, se pagó el viernes. Si necesitáis el justificante decídmelo y os lo mando.

Un saludo,
Beatriz
Recepción – Clínica Dental Sonrisa

-----Mensaje original-----
De: Dr. Pablo Castaño <pcastano@clinicadentalsonrisa.es>
Enviado: lunes, 14 de diciembre de 2026 9:41
Para: Beatriz Llorente <administracion@clinicadentalsonrisa.es>
Asunto: RE: Recordatorio de pago: factura FV2026-0673 vencida – Artes Gráficas Montalvo S.L.

Bea, esto lo pagué el viernes desde la banca del Sabadell, diles que lo comprueben.

Enviado desde mi móvil"""),

    dict(id="s12es017", date="2026-12-11T17:48", fmt="apple", stage="reminder", ago=2,
         inv="FV2026-0684", amt="654,22", due="2026-11-30",
         frm="Elena Suárez <elena.suarez@estudiosuarezarquitectura.com>",
         intent="promise", promise_date="2026-12-18",
         note="Transfer scheduled for 18/12 (future), so a promise for 18 December.",
         body="""Hola,

Disculpad, se me había pasado. Acabo de dejar programada la transferencia para el 18/12, que es cuando hacemos los pagos de proveedores del mes.

Saludos,

Elena Suárez
Estudio Suárez Arquitectura
Pza. de San Francisco 3, 2.º – 41004 Sevilla
T. 954 22 71 36 · M. 655 18 03 92
www.estudiosuarezarquitectura.com

Este mensaje es confidencial. Sus datos son tratados por ESTUDIO SUÁREZ ARQUITECTURA S.L.P. conforme al Reglamento (UE) 2016/679. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a la dirección de este correo."""),

    dict(id="s12es018", date="2026-12-09T08:34", fmt="bounce",
         inv="FV2026-0690", amt="418,00", due="2026-11-30",
         rcpt="compras@hostalelcastillo.es", status="5.1.1", remote="mail.hostalelcastillo.es",
         diag="550 5.1.1 <compras@hostalelcastillo.es>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         note="Delivery failure: recipient mailbox unknown.",
         body="""An error occurred while trying to deliver the mail to the following recipients:
compras@hostalelcastillo.es"""),

    dict(id="s12es019", date="2027-01-14T10:47", fmt="gmail", stage="second_reminder", ago=2,
         inv="FV2026-0766", amt="211,75", due="2026-12-18",
         frm="Carlos Benítez <carlosbenitez.frutas@gmail.com>",
         intent="other",
         note="Passed the reminder to his gestoría; no payment statement and no new address given.",
         body="""Buenos días. Le he reenviado vuestro correo a la gestoría, que son los que me llevan todo el tema de facturas y pagos. Ya os dirán ellos algo.

Carlos"""),

    dict(id="s12es020", date="2027-01-08T13:12", fmt="gmail", stage="firm", ago=1,
         inv="FV2026-0747", amt="1.016,40", due="2026-12-15",
         frm="Toni Ferrer <toni@ferrerinstalacions.cat>",
         intent="promise",
         note="'La semana que viene' is a window, no single day.",
         body="""Ok. La semana que viene sin falta. Gràcies.

Toni"""),

    dict(id="s12es021", date="2027-01-07T10:25", fmt="html_gmail", stage="second_reminder", ago=2,
         inv=[("FV2026-0611", "190,30", "2026-11-10"), ("FV2026-0662", "342,00", "2026-11-25"),
              ("FV2026-0735", "88,50", "2026-12-10")],
         frm="Nuria Cabello <nuria@ecotiendaelhuerto.es>",
         intent="paid", paid_on="2027-01-04",
         note="One transfer on Monday 4 January covering all three invoices (620,80 EUR).",
         body="""Hola, buenos días:

Os confirmo que el lunes 4 de enero hicimos una única transferencia por las tres facturas pendientes: FV2026-0611, FV2026-0662 y FV2026-0735, en total 620,80 €. En el concepto puse "Facturas Montalvo nov-dic" porque no me cabían los tres números, a lo mejor por eso no la habéis identificado.

Si no os aparece, decídmelo y os paso el justificante del banco.

Un saludo y feliz año,

Nuria Cabello
Ecotienda El Huerto
C/ Mayor 17, Alcalá de Henares
Tel. 918 77 45 21"""),

    dict(id="s12es022", date="2026-12-24T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV2026-0749", amt="445,30", due="2026-12-15",
         frm="Administración Residencia Los Almendros <administracion@residencialosalmendros.es>",
         intent="out_of_office", return_date="2027-01-04",
         note="Department closed 24 December to 3 January; reopens Monday 4 January.",
         body="""Buenos días,

Les informamos de que el departamento de Administración permanecerá cerrado del 24 de diciembre al 3 de enero. Retomaremos la actividad con normalidad el lunes 4 de enero de 2027.

Su correo será atendido a nuestro regreso. Para cualquier asunto relacionado con los residentes, la recepción del centro permanece abierta las 24 horas en el 925 28 64 10.

Les deseamos unas felices fiestas.

Administración
Residencia de Mayores Los Almendros"""),

    dict(id="s12es023", date="2026-12-29T12:15", fmt="outlook", stage="final_notice", ago=6,
         inv="FV2026-0640", amt="1.258,40", due="2026-11-20",
         frm="Marta Ibarra | Ibarra Eventos <marta@ibarraeventos.com>",
         intent="dispute",
         note="Late delivery and misprinted menus; refuses the full amount, wants a credit note or corrected invoice.",
         body="""Buenos días,

Me sorprende recibir un aviso de reclamación por esta factura cuando ya os expliqué por teléfono y por correo (el 24 de noviembre) por qué no está pagada.

Las invitaciones, minutas y seating plan de la boda del 31 de octubre se entregaron el día 30 por la tarde, cuando el compromiso era tenerlas el 23. Tuvimos que montarlo todo de madrugada, y las minutas llegaron con el nombre de uno de los novios mal escrito, así que hubo que imprimirlas de urgencia en otro sitio. Eso nos costó 310 € más IVA, cuya factura os envié.

Estamos dispuestos a pagar la factura descontando ese importe y las minutas, que no se pudieron usar. Lo que no vamos a hacer es pagar los 1.258,40 € completos. Quedo pendiente de que me enviéis un abono o una factura corregida.

Un saludo,

Marta Ibarra
Ibarra Eventos · Wedding & Event Planner
+34 622 71 90 48
www.ibarraeventos.com"""),

    dict(id="s12es024", date="2026-12-30T11:40", fmt="gmail", stage="reminder", ago=2,
         inv="FV2026-0761", amt="142,18", due="2026-12-20",
         frm="Pilar Gómez <pilargomez.ortega61@gmail.com>",
         intent="copy_request",
         note="Private customer never received the invoice and the link does not open; asks for the PDF before paying the balance.",
         body="""Buenos días

Me llega este correo pero yo no tengo ninguna factura vuestra, al menos no la encuentro ni en el correo ni en papel. Es por las invitaciones de la fiesta de los 60 de mi marido? Yo pagué una señal en la tienda cuando hice el encargo.

El enlace que ponéis no me abre en el ordenador, me sale una página en blanco. Me podéis mandar la factura en pdf a este correo para verla y así os pago lo que falte?

Gracias
Pilar Gómez"""),

    dict(id="s12es025", date="2027-01-14T16:05", fmt="gmail", stage="second_reminder", ago=3,
         inv="FV2026-0755", amt="2.904,00", due="2026-12-18",
         frm="Rocío Llano <admin@hotelmiradordelsella.com>",
         intent="promise", promise_date="2027-01-31",
         note="'a final de mes' written 14 January = 31 January 2027.",
         body="""Buenas tardes,

Recibido. Tenemos el hotel cerrado por temporada baja hasta el puente de febrero y ahora mismo vamos justos, pero la factura está contemplada: la pagaremos a final de mes, junto con el resto de proveedores.

Muchas gracias por la comprensión.

Un saludo,
Rocío Llano
Hotel Mirador del Sella
Cangas de Onís (Asturias)
985 84 76 32"""),

    dict(id="s12es026", date="2026-12-16T14:02", fmt="apple", stage="reminder", ago=2,
         inv="FV2026-0730", amt="183,92", due="2026-12-07",
         frm="Miguel Ángel Ríos <marios.fisio@gmail.com>",
         intent="paid", paid_on="2026-12-16",
         note="Just paid by card through the link, today.",
         body="""Hecho, acabo de pagarla con tarjeta desde el enlace del correo. Me ha llegado el mensaje de confirmación del banco.
Perdón por el retraso!

Miguel Ángel
Fisioterapia Ríos

Enviado desde mi iPhone"""),

    dict(id="s12es027", date="2027-01-18T11:30", fmt="outlook", stage="final_notice", ago=4,
         inv=[("FV2026-0598", "3.630,00", "2026-10-31"), ("FV2026-0682", "1.887,60", "2026-11-30")],
         frm="Francisco Javier Molina <fjmolina@construccionesmolinaguerrero.es>",
         intent="plan_request",
         note="Acknowledges the debt and asks for monthly instalments over the first half-year; no date committed.",
         body="""Estimados señores:

Acusamos recibo de su último aviso en relación con las facturas FV2026-0598 y FV2026-0682, por un importe conjunto de 5.517,60 €.

No discutimos en absoluto la deuda ni la calidad de los trabajos. Sin embargo, como probablemente sepan, el sector atraviesa un momento complicado y en nuestro caso se han retrasado varios cobros importantes de administraciones públicas, lo que nos ha generado una tensión de tesorería que esperamos resolver en los próximos meses.

Por este motivo, les solicitamos que consideren un aplazamiento del importe pendiente, fraccionándolo en pagos mensuales durante el primer semestre, en las condiciones que estimen oportunas. Les rogamos que, mientras estudian la propuesta, no trasladen el expediente a ninguna empresa de recobro.

Quedamos a la espera de su respuesta.

Atentamente,

Francisco Javier Molina Guerrero
Gerente
Construcciones Molina Guerrero, S.L.
Avda. de la Constitución 112 – 45200 Illescas (Toledo)
Tel. 925 51 23 67 – Móvil 608 32 14 55

La información contenida en este correo electrónico es confidencial y está destinada exclusivamente a su destinatario. De conformidad con el RGPD y la LOPDGDD, le informamos de que sus datos forman parte de un tratamiento responsabilidad de CONSTRUCCIONES MOLINA GUERRERO, S.L., con la finalidad de gestionar la relación comercial."""),

    dict(id="s12es028", date="2027-01-11T17:50", fmt="outlook", stage="reminder", ago=3,
         inv="FV2026-0770", amt="356,95", due="2026-12-22",
         frm="Recepción Forma Activa <recepcion@formaactiva.es>",
         intent="contact_change", new_email="ruben.castillo@formaactiva.es",
         note="Former admin has left; invoices and reminders should go to the new person.",
         body="""Hola,

Este correo nos ha llegado a recepción, supongo que porque lo tenéis dado de alta así desde hace tiempo. Pilar, que era quien llevaba la administración, ya no está con nosotros desde diciembre.

Cualquier factura o aviso de pago mandadlo por favor a Rubén Castillo, que es el nuevo responsable: ruben.castillo@formaactiva.es

Yo le reenvío este.

Gracias!
Sara
Forma Activa Fitness Club
Tel. 983 30 18 77"""),

    dict(id="s12es029", date="2027-01-15T12:10", fmt="tb", stage="reminder", ago=3,
         inv="FV2026-0782", amt="640,09", due="2027-01-05",
         frm="Vicente Soler <vicente@cerveceriaartesanaturia.es>",
         intent="bank_details",
         note="Direct debit was returned because they changed banks; gives its own new IBAN and asks the firm to present the debit again.",
         body="""Buenos días,

Veo que nos reclamáis la factura de las etiquetas de diciembre. El recibo nos lo devolvió el banco porque a primeros de año cambiamos de entidad y cerramos la cuenta antigua de Bankinter, y se nos pasó avisaros. Culpa nuestra.

Los datos nuevos son:

Titular: Cervecería Artesana Turia S.L.
Banco: Caixa Popular
IBAN: ES37 3159 0041 2827 1503 6219

Os adjunto también la nueva orden de domiciliación SEPA firmada. Podéis volver a pasar el recibo cuando queráis, y si hay gastos de devolución los asumimos nosotros.

Salud,
Vicente Soler
Cervecería Artesana Turia S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 28 – 46988 Paterna (Valencia)
Tel. 961 32 08 44"""),

    dict(id="s12es030", date="2027-01-21T20:33", fmt="outlook", stage="second_reminder", ago=2,
         inv="FV2026-0775", amt="99,22", due="2026-12-28",
         frm="jesus moreno <jesusmoreno.pintor@hotmail.es>",
         intent="paid", paid_on="2027-01-19",
         note="'el martes' written on Thursday 21 January = Tuesday 19 January. 'el lunes' is only when to check again.",
         body="""buenas, os hize la trasferencia el martes por la tarde, sera que todavia no os a llegado porque la hize desde otro banco. Si no os aparece el lunes me decis y os mando el recivo

Jesus Moreno

Obtener Outlook para Android"""),

    dict(id="s12es031", date="2026-12-28T08:31", fmt="ooo", stage="second_reminder", ago=0,
         subj_prefix="Resposta automàtica: ",
         inv="FV2026-0724", amt="4.120,50", due="2026-12-12",
         frm="Montse Vidal <mvidal@editorialclavell.cat>",
         intent="out_of_office", return_date="2027-01-11",
         note="Bilingual Catalan/Spanish auto-reply: away until Friday 8 January inclusive, so back Monday 11 January.",
         body="""Bon dia,

Sóc fora de l'oficina del 28 de desembre al 8 de gener, ambdós inclosos. Per a qualsevol tema urgent, podeu escriure a admin@editorialclavell.cat.

---

Buenos días,

Estoy fuera de la oficina del 28 de diciembre al 8 de enero, ambos incluidos. Para cualquier tema urgente, pueden escribir a admin@editorialclavell.cat.

Montse Vidal
Editorial Clavell
Barcelona"""),

    dict(id="s12es032", date="2026-12-28T10:45", fmt="tb", stage="firm", ago=4,
         inv="FV2026-0650", amt="5.686,00", due="2026-11-25",
         frm="Contabilidad Bodegas Viña Alcor <contabilidad@vinaalcor.es>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer made on 22 December; the reminder of the 24th crossed it.",
         body="""Buenos días,

Adjuntamos justificante de la transferencia realizada el pasado 22 de diciembre por importe de 5.686,00 €, correspondiente a la factura FV2026-0650 (etiquetas campaña de Navidad). Imaginamos que el pago y su aviso del día 24 se han cruzado.

Les agradeceríamos que nos confirmen la recepción cuando lo vean reflejado.

Reciban un cordial saludo,

Inmaculada Pastor
Departamento de Contabilidad
Bodegas Viña Alcor, S.A.
Ctra. N-301, km 148 – 02630 La Roda (Albacete)
Tel. 967 44 02 19"""),

    dict(id="s12es033", date="2027-01-19T15:40", fmt="gmail", stage="second_reminder", ago=4,
         inv="FV2026-0741", amt="392,04", due="2026-12-15",
         frm="enzo <pizzeriadaenzo.getafe@gmail.com>",
         intent="dispute",
         note="Billed for 10,000 flyers, received 5,000; will not pay the invoice as issued.",
         body="""a ver, os lo digo por aqui ya que por telefono nadie me coge. me habeis facturado 10.000 flyers y me llegaron 5 cajas de 1.000, o sea 5.000. lo tengo contado porque las cajas vienen marcadas y el repartidor me firmo el albaran con las 5 cajas.
o me mandais los que faltan o me haceis la factura de 5.000, pero la de 10.000 no la voy a pagar

enzo
pizzeria da enzo - getafe"""),

    dict(id="s12es034", date="2027-01-19T13:20", fmt="html_outlook", stage="final_notice", ago=5,
         inv="FV2026-0615", amt="2.722,50", due="2026-11-15",
         frm="Jordi Casals <jcasals@casalsadvocats.cat>",
         intent="other",
         note="Insolvency administrator: debtor is in concurso de acreedores; the claim must be lodged in the proceedings.",
         body="""Muy Sres. nuestros:

En relación con su comunicación de fecha 14 de enero de 2027, por la que reclaman a TEXTILES RIERA, S.L. el pago de la factura FV2026-0615, les informamos de que dicha sociedad fue declarada en concurso voluntario de acreedores mediante auto del Juzgado de lo Mercantil n.º 7 de Barcelona de fecha 2 de diciembre de 2026 (concurso ordinario n.º 1843/2026), habiendo sido designado el firmante administrador concursal.

Como consecuencia de la declaración de concurso, la concursada no puede atender fuera del procedimiento el pago de créditos anteriores a dicha fecha. De conformidad con el Texto Refundido de la Ley Concursal, deberán comunicar su crédito a la administración concursal en el plazo de un mes a contar desde la publicación del auto en el BOE, acompañando copia de la factura y de los documentos que la justifiquen, a la dirección electrónica indicada en el propio auto.

Les rogamos que se abstengan de remitir nuevas reclamaciones de pago a la concursada.

Atentamente,

Jordi Casals i Puig
Administrador concursal de Textiles Riera, S.L.
Casals Advocats i Economistes, S.L.P.
Pg. de Gràcia 61, 3r 2a – 08007 Barcelona
T. 93 487 21 60"""),

    dict(id="s12es035", date="2026-12-30T23:55", fmt="apple", stage="reminder", ago=2,
         inv="FV2026-0752", amt="522,72", due="2026-12-20",
         frm="Manolo Rivas <manolo@restauranteelpuerto.es>",
         intent="promise", promise_date="2027-01-07",
         note="'el día después de Reyes' = 7 January 2027.",
         body="""Buenas noches Montalvo!

Perdonad, con las cenas de Nochebuena y Nochevieja esto es una locura y no me siento delante del ordenador desde hace dos semanas. Os lo pago el día después de Reyes, que es cuando cierro unos días y me pongo al día con el papeleo.

Feliz año nuevo a todo el equipo!

Manolo

Enviado desde mi iPhone"""),

    dict(id="s12es036", date="2027-01-13T09:10", fmt="tb", stage="reminder", ago=1,
         inv="FV2026-0764", amt="78,65", due="2026-12-20",
         frm="Ferretería Ortiz <ferreteriaortiz@telefonica.net>",
         intent="paid", paid_on="2027-01-12",
         note="'se pagó ayer' written Wednesday 13 January = 12 January.",
         body="""Buenos días, se pagó ayer por transferencia.
Un saludo.
Ferretería Ortiz"""),

    dict(id="s12es037", date="2027-01-15T09:42", fmt="html_outlook", off="+0000", stage="second_reminder", ago=3,
         inv="FV2026-0717", amt="2.009,81", due="2026-12-10",
         frm="Cuentas a Pagar <proveedores@ebronorte-logistica.es>",
         cc="compras@ebronorte-logistica.es",
         intent="promise", promise_date="2027-01-25",
         note="Invoice included in a confirming line maturing 25/01/2027: payment will be made that day.",
         body="""Estimado proveedor:

Le informamos de que la factura FV2026-0717, por importe de 2.009,81 €, ha sido contabilizada y se encuentra incluida en nuestra línea de confirming con Banco Santander, con fecha de vencimiento 25/01/2027.

En los próximos días recibirá la comunicación de la entidad financiera con el detalle de la orden de pago. Si lo desea, puede solicitar directamente al banco el anticipo del importe antes de dicha fecha.

Para cualquier consulta sobre el estado de sus facturas, indique siempre el número de factura y su NIF.

Un cordial saludo,

Departamento de Cuentas a Pagar
Logística Ebro Norte, S.A.
Pol. Ind. Plaza, C/ Bari 33 – 50197 Zaragoza

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo contiene información de carácter confidencial exclusivamente dirigida a su destinatario o destinatarios. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita de Logística Ebro Norte, S.A."""),

    dict(id="s12es038", date="2027-01-20T13:05", fmt="outlook", stage="firm", ago=1,
         inv=[("FV2026-0627", "264,99", "2026-11-15"), ("FV2026-0693", "531,30", "2026-11-30"),
              ("FV2026-0758", "98,01", "2026-12-18")],
         frm="Ana Belén Prieto <abprieto@farmaciasprieto.es>",
         intent="copy_request",
         note="Figures do not match their books; asks for a statement of account and a copy of one invoice before paying.",
         body="""Buenas tardes,

Revisando vuestro aviso, las facturas que nos indicáis no nos cuadran con lo que tenemos en contabilidad: la FV2026-0627 creo que ya se pagó junto con otra en noviembre, y la FV2026-0758 no la tenemos registrada, no sé si nos llegó.

Antes de pagar nada, ¿nos podéis mandar un extracto con todas las facturas y cobros desde septiembre, y copia de la FV2026-0758? Así lo cuadramos y os pagamos lo que esté pendiente.

Gracias,

Ana Belén Prieto
Administración
Farmacias Prieto – Colmenar Viejo
Tel. 918 45 03 72"""),

    dict(id="s12es039", date="2027-01-22T10:15", fmt="gmail", fresh=True, stage="second_reminder", ago=3,
         subj="Oposición al envío de recordatorios automáticos",
         inv="FV2026-0771", amt="302,50", due="2026-12-22",
         frm="Ricardo Salvatierra <r.salvatierra@salvatierraabogados.es>",
         intent="unsubscribe",
         note="New mail objecting under GDPR to the automated reminder emails; asks to be removed, post only.",
         body="""Muy señores míos:

Desde hace semanas vengo recibiendo en esta dirección correos automáticos de recordatorio de pago remitidos en nombre de Artes Gráficas Montalvo, S.L.

Por medio del presente, y al amparo del artículo 21 del Reglamento (UE) 2016/679, me opongo al uso de mi dirección de correo electrónico para el envío de este tipo de comunicaciones automatizadas y les solicito que la den de baja de inmediato en su sistema de avisos.

Cualquier comunicación que deseen hacerme llegar en relación con la factura FV2026-0771 podrán remitirla por correo postal al domicilio profesional que figura al pie.

Atentamente,

Ricardo Salvatierra Ojeda
Abogado – Colegiado ICAM n.º 98412
C/ Príncipe de Vergara 57, 4.º D – 28006 Madrid"""),

    dict(id="s12es040", date="2027-01-25T18:20", fmt="gmail", stage="reminder", ago=4,
         inv="FV2026-0783", amt="459,80", due="2027-01-10",
         frm="Alicia Montero <alicia@autoescuelamontero.es>",
         intent="promise", promise_date="2027-01-27",
         note="'El miércoles 27' = 27 January; the quote request for banners is a side question.",
         body="""Hola!

Sí, perdona, la tengo apuntada. El miércoles 27 hago el ingreso en vuestra cuenta, que es cuando me pagan los cursos de enero.

Aprovecho para preguntarte: ¿me podéis hacer presupuesto para dos lonas de 3x1 m para la fachada? Son para la nueva sede de Parla, con el logo y el teléfono. Si necesitáis el logo en vectorial os lo mando.

Gracias!
Alicia Montero
Autoescuela Montero
Parla · Pinto · Valdemoro
640 22 19 07"""),
]
