"""Spanish debtor replies to reminder letters of Suministros Olvera S.L. (Sevilla). Handwritten, set 4."""

CASES = [
    # ---------------------------------------------------------------- promise
    dict(id="s4es001", date="2026-11-09T10:22", fmt="gmail", frm="Rafael Moreno <rafamoreno.reformas@gmail.com>",
         inv="SO26/0712", amt="1.346,00", due="2026-10-26", stage="reminder",
         intent="promise", promise_date="2026-11-30", note="'a finales de mes' in November → 30 Nov",
         body="""Buenos días,

perdonad el retraso, estamos esperando que nos pague una comunidad de vecinos. Os lo pagamos a finales de mes sin falta.

Un saludo,
Rafa Moreno
Reformas Moreno"""),
    dict(id="s4es002", date="2026-11-11T22:03", fmt="apple", frm="Lucía Fernández <luciafdez@icloud.com>",
         inv="SO26/0731", amt="218,40", due="2026-11-02", stage="reminder",
         intent="promise", promise_date="2026-11-12", note="'mañana' = day after Wed 11 Nov",
         body="""mañana t lo ingreso q hoy no me ha dado tiempo, perdona

Enviado desde mi iPhone"""),
    dict(id="s4es003", date="2026-11-13T09:40", fmt="html_outlook", frm="Administración Hostal La Giralda <administracion@hostallagiralda.es>",
         inv="SO26/0698", amt="2.905,75", due="2026-10-20", stage="second_reminder",
         intent="promise", promise_date="2026-11-25", note="'el próximo día 25' written 13 Nov → 25 Nov",
         body="""Estimados señores:

Les comunicamos que la factura SO26/0698 se abonará el próximo día 25 mediante transferencia bancaria, coincidiendo con nuestra remesa de pagos a proveedores.

Sin otro particular, reciban un cordial saludo.

Carmen Ruiz Ortega
Departamento de Administración
Hostal La Giralda, S.L.
C/ Mateos Gago, 17 · 41004 Sevilla

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Hostal La Giralda, S.L. Si usted no es el destinatario final, por favor, elimínelo e infórmenos por esta vía."""),
    dict(id="s4es004", date="2026-11-16T12:18", fmt="gmail", frm="Javier Ortiz <jortiz@ortizclimatizacion.com>",
         inv="SO26/0722", amt="764,00", due="2026-10-30", stage="reminder",
         intent="promise", promise_date="2026-11-19", note="'el jueves como muy tarde' written Mon 16 Nov → Thu 19 Nov",
         body="""Hola Manuel,

Esta semana lo tienes, el jueves como muy tarde. Se nos ha juntado todo con el cierre de obra.

Saludos
Javier"""),
    dict(id="s4es005", date="2026-11-18T17:45", fmt="outlook", frm="Pilar Navarro <pnavarro@navarro-asociados.es>",
         inv=[("SO26/0705", "1.120,00", "2026-10-23"), ("SO26/0727", "389,90", "2026-11-02")], stage="reminder",
         intent="promise", note="'a primeros de diciembre' – no exact date",
         body="""Buenas tardes:

Tenemos las dos facturas. Las pagaremos juntas a primeros de diciembre, cuando entre la liquidación del trimestre.

Un saludo,
Pilar Navarro"""),
    dict(id="s4es006", date="2026-11-20T13:02", fmt="gmail", frm="Construcciones Aljarafe <obras@construccionesaljarafe.es>",
         inv="SO26/0714", amt="6.480,00", due="2026-10-27", stage="firm",
         intent="promise", promise_date="2026-12-04",
         body="""Buenas,

Somos conscientes de la deuda. El promotor todavía no nos ha pagado la certificación de octubre y estamos tirando de póliza. En cuanto cobremos os pagamos, y en cualquier caso como máximo el 4 de diciembre.

Disculpad las molestias.
José Antonio Millán
Construcciones Aljarafe S.L."""),
    dict(id="s4es007", date="2026-11-24T19:30", fmt="gmail", frm="Alba Serrano <albaserrano.deco@gmail.com>",
         inv="SO26/0736", amt="640,00", due="2026-11-09", stage="reminder",
         intent="promise", promise_date="2026-12-01", note="partial: 300 € today (24 Nov), the rest 'el día 1'; labelled the date of the balance",
         body="""Hola!
Hoy te hago una transferencia de 300 € y el resto el día 1, que es cuando cobro. Espero que no haya problema.
Gracias y perdona
Alba"""),
    dict(id="s4es008", date="2026-11-26T10:15", fmt="html_outlook", fwd=True, frm="Gestoría Peña <clientes@gestoriapena.es>",
         inv="SO26/0719", amt="1.877,30", due="2026-10-29", stage="second_reminder",
         intent="promise", promise_date="2026-12-10",
         body="""Buenos días:

Les escribimos desde la gestoría que lleva la contabilidad de nuestro cliente Talleres Rubio, S.L. Les reenvío la indicación que nos ha dado el cliente.

Atentamente,
Marta Peña
Gestoría Peña

De: Antonio Rubio <antonio@talleresrubio.es>
Enviado: miércoles, 25 de noviembre de 2026 18:40
Para: Gestoría Peña <clientes@gestoriapena.es>
Asunto: RV: Segundo aviso Olvera

Marta, diles que el pago de Olvera se hace el 10 de diciembre junto con los demás proveedores. Gracias."""),
    dict(id="s4es009", date="2026-11-30T08:50", fmt="gmail", frm="Fernando Gil <fgil@gilferreteria.es>",
         inv="SO26/0741", amt="455,20", due="2026-11-13", stage="reminder",
         intent="promise", promise_date="2026-12-09", note="'después del puente, el miércoles 9'",
         body="""Buenos días, después del puente os lo pagamos, el miércoles 9. Esta semana vamos muy justos.

Fernando Gil
Ferretería Gil - Utrera"""),
    dict(id="s4es010", date="2026-12-02T11:05", fmt="outlook", frm="Cuentas a pagar <pagos@grupohispalis.com>",
         inv="SO26/0733", amt="3.210,00", due="2026-11-06", stage="reminder",
         intent="promise", promise_date="2026-12-15", note="'el día 15' in December",
         body="""Buenos días,

La factura indicada está aprobada y el pago está programado para el día 15.

Saludos cordiales,
Departamento de Cuentas a Pagar
Grupo Hispalis Hostelería"""),
    dict(id="s4es011", date="2026-12-04T14:40", fmt="apple", frm="Nacho Domínguez <nachodominguez@me.com>",
         inv="SO26/0744", amt="129,00", due="2026-11-19", stage="reminder",
         intent="promise", promise_date="2026-12-07", note="'el lunes a primera hora' written Fri 4 Dec → Mon 7 Dec",
         body="""El lunes a primera hora hago la transferencia. Un saludo

Enviado desde mi iPhone"""),
    dict(id="s4es012", date="2026-12-10T16:12", fmt="gmail", frm="Rocío Vega <rocio@vegaeventos.es>",
         inv=[("SO26/0752", "980,00", "2026-11-24"), ("SO26/0758", "1.415,00", "2026-11-27")], stage="reminder",
         intent="promise", promise_date="2026-12-18", note="'el viernes que viene' written Thu 10 Dec, read as Fri 18 Dec (not tomorrow)",
         body="""Hola,

Las dos facturas os las pagamos el viernes que viene, ¿vale? Me confirmas si el número de cuenta es el mismo de siempre (el de Caixabank).

Rocío Vega
Vega Eventos"""),
    dict(id="s4es013", date="2026-12-14T09:33", fmt="tb", frm="Enrique Castaño <ecastano@castanoarquitectura.es>",
         inv="SO26/0739", amt="702,00", due="2026-11-12", stage="firm",
         intent="promise", promise_date="2026-12-22", note="'como tarde el 22'",
         body="""Estimados:

Disculpen la demora, ha sido un despiste por nuestra parte. El pago se realizará como tarde el 22 de este mes.

Atentamente,
Enrique Castaño"""),
    dict(id="s4es014", date="2026-12-17T21:25", fmt="gmail", frm="manolo.pinto71@hotmail.com",
         inv="SO26/0761", amt="86,50", due="2026-12-01", stage="reminder",
         intent="promise", promise_date="2026-12-21", note="'cuando cobre la extra, que es el lunes 21'",
         body="""hola lo pago cuando cobre la extra que es el lunes 21, no me acordaba de la factura disculpe
manolo"""),
    # ---------------------------------------------------------------- paid
    dict(id="s4es015", date="2026-11-10T11:50", fmt="gmail", frm="Beatriz Luna <beatriz.luna@lunaestudio.es>",
         inv="SO26/0709", amt="312,00", due="2026-10-26", stage="reminder",
         intent="paid", note="no date given; a receipt is said to be attached",
         body="""Hola,

Ya está pagado, te adjunto el justificante. Seguramente se cruzó con vuestro correo.

Un saludo,
Bea"""),
    dict(id="s4es016", date="2026-11-12T09:08", fmt="outlook", frm="Óscar Romero <oromero@romerotransportes.es>",
         inv="SO26/0716", amt="1.090,00", due="2026-10-28", stage="reminder",
         intent="paid", paid_on="2026-11-11", note="'ayer por la tarde' = day before Thu 12 Nov",
         body="""Buenos días:

Hice la transferencia ayer por la tarde, así que en un par de días debería estar en vuestra cuenta.

Saludos,
Óscar Romero"""),
    dict(id="s4es017", date="2026-11-17T10:30", fmt="html_outlook", frm="Contabilidad <contabilidad@bodegasalcor.es>",
         inv="SO26/0701", amt="4.118,60", due="2026-10-21", stage="second_reminder",
         intent="paid", paid_on="2026-11-13",
         body="""Estimados señores:

Les confirmamos que el pago de la factura SO26/0701 se realizó el pasado 13 de noviembre mediante transferencia a la cuenta indicada en la factura. Rogamos comprueben sus registros.

Atentamente,
Inmaculada Torres
Contabilidad
Bodegas Alcor, S.A."""),
    dict(id="s4es018", date="2026-11-19T15:55", fmt="gmail", frm="Sergio Campos <sergiocampos.foto@gmail.com>",
         inv="SO26/0729", amt="74,90", due="2026-11-04", stage="reminder",
         intent="paid", paid_on="2026-11-16", note="'el lunes' written Thu 19 Nov → Mon 16 Nov",
         body="""Pagado el lunes con tarjeta desde el enlace de vuestro correo, me salió la confirmación y todo. Revisadlo porfa."""),
    dict(id="s4es019", date="2026-11-25T13:12", fmt="apple", frm="Maribel Cano <maribelcano@telefonica.net>",
         inv="SO26/0738", amt="265,00", due="2026-11-10", stage="reminder",
         intent="paid", paid_on="2026-11-25", note="'esta mañana' – today",
         body="""ya esta hecho el ingreso esta mañana en el banco, un saludo

Enviado desde mi iPad"""),
    dict(id="s4es020", date="2026-12-01T09:20", fmt="outlook", frm="David Herrera <d.herrera@herreraelectricidad.es>",
         inv="SO26/0725", amt="1.534,00", due="2026-11-03", stage="second_reminder",
         intent="paid", paid_on="2026-11-27", note="'el viernes pasado' written Tue 1 Dec → Fri 27 Nov",
         body="""Buenos días,

Se abonó el viernes pasado. Os adjunto copia de la orden de transferencia.

Un saludo,
David Herrera
Herrera Electricidad"""),
    dict(id="s4es021", date="2026-12-03T12:47", fmt="gmail", frm="Tesorería <tesoreria@clinicadentalsantacruz.es>",
         inv="SO26/0742", amt="890,00", due="2026-11-16", stage="reminder",
         intent="paid", paid_on="2026-11-30",
         body="""Buenos días,

La transferencia se emitió el día 30 de noviembre; tengan en cuenta que entre bancos puede tardar uno o dos días hábiles.

Saludos,
Tesorería
Clínica Dental Santa Cruz"""),
    dict(id="s4es022", date="2026-12-09T10:02", fmt="tb", frm="Francisco Ramos <framos@ramosmuebles.es>",
         inv="SO26/0747", amt="412,30", due="2026-11-20", stage="reminder",
         intent="paid", paid_on="2026-12-05",
         body="""Buenos días:

El recibo domiciliado se cargó en nuestra cuenta el 5 de diciembre, lo tengo delante en el extracto. No entiendo este aviso.

Francisco Ramos"""),
    dict(id="s4es023", date="2026-12-15T11:28", fmt="html_outlook", fwd=True, frm="Recepción Oficina <recepcion@lopezyvidal.es>",
         inv="SO26/0750", amt="2.240,00", due="2026-11-23", stage="reminder",
         intent="paid", paid_on="2026-12-14", note="forwarded from accounting: 'transferencia del 14/12'",
         body="""Buenos días,

Os reenvío lo que me pasa contabilidad con el justificante.

Un saludo,
Eva

De: Contabilidad López y Vidal <contabilidad@lopezyvidal.es>
Enviado: martes, 15 de diciembre de 2026 10:51
Para: Recepción Oficina <recepcion@lopezyvidal.es>
Asunto: RE: Olvera

Eva, está pagada, transferencia del 14/12. Adjunto el PDF del banco por si lo piden."""),
    dict(id="s4es024", date="2026-12-18T18:40", fmt="gmail", frm="Laura Prieto <lauraprieto84@gmail.com>",
         inv="SO26/0759", amt="156,00", due="2026-12-03", stage="reminder",
         intent="paid", paid_on="2026-12-16", note="'anteayer' written Fri 18 Dec → Wed 16 Dec",
         body="""Hola, lo pagué anteayer. Feliz Navidad!"""),
    # ---------------------------------------------------------------- dispute
    dict(id="s4es025", date="2026-11-10T16:35", fmt="outlook", frm="Almacén Reformas Sur <almacen@reformassur.es>",
         inv="SO26/0711", amt="1.180,00", due="2026-10-27", stage="reminder",
         intent="dispute",
         body="""Buenas tardes,

En la factura nos cobráis 40 sacos de cemento cola y en el albarán firmado solo figuran 25. Los otros 15 no han llegado nunca. Hasta que no nos mandéis la factura corregida no la vamos a pagar.

Saludos,
Almacén Reformas Sur"""),
    dict(id="s4es026", date="2026-11-16T09:12", fmt="gmail", frm="Antonio Reyes <antonio.reyes@reyesinteriorismo.es>",
         inv="SO26/0718", amt="2.364,00", due="2026-10-30", stage="second_reminder",
         intent="dispute",
         body="""Hola,

Os recuerdo que la mitad de los azulejos llegaron rotos, os mandamos fotos el mismo día al comercial y quedasteis en hacernos un abono. No vamos a pagar la factura entera hasta recibir ese abono.

Antonio Reyes"""),
    dict(id="s4es027", date="2026-11-23T12:40", fmt="html_outlook", frm="Compras <compras@hotelmaestranza.es>",
         inv="SO26/0723", amt="3.050,00", due="2026-11-05", stage="reminder",
         intent="dispute",
         body="""Buenos días:

El importe facturado no coincide con el presupuesto aceptado (ref. P-26-188, 2.640 € + IVA). Les rogamos revisen la factura y nos envíen una rectificativa.

Atentamente,
Departamento de Compras
Hotel Maestranza"""),
    dict(id="s4es028", date="2026-11-27T20:10", fmt="gmail", frm="Chema Lozano <chemalozano@gmail.com>",
         inv="SO26/0735", amt="498,00", due="2026-11-12", stage="reminder",
         intent="dispute",
         body="""Esta factura no es mía, yo no os he comprado nada en la vida. Revisad a quién se la mandáis."""),
    dict(id="s4es029", date="2026-12-01T10:55", fmt="outlook", frm="Nuria Blanco <nblanco@blancodistribuciones.es>",
         inv="SO26/0730", amt="1.722,50", due="2026-11-06", stage="reminder",
         intent="dispute",
         body="""Buenos días,

La factura no recoge el descuento del 5 % que tenemos pactado con vuestro comercial, Juanma, para todo el año. Por favor, emitid una factura rectificativa y la pagamos en cuanto llegue.

Un saludo,
Nuria Blanco"""),
    dict(id="s4es030", date="2026-12-04T09:25", fmt="tb", frm="Jesús Molina <jmolina@molinafontaneria.es>",
         inv="SO26/0737", amt="605,00", due="2026-11-13", stage="second_reminder",
         intent="dispute",
         body="""Buenos días,

Tenemos pendiente un abono por la devolución de material (albarán de devolución 3321, importe 188 €) que hay que descontar de esta factura. Quedamos a la espera del abono para pagar la diferencia.

Jesús Molina"""),
    dict(id="s4es031", date="2026-12-11T13:30", fmt="gmail", frm="Paco Sánchez <pacosanchez.talleres@gmail.com>",
         inv="SO26/0748", amt="932,00", due="2026-11-25", stage="reminder",
         intent="dispute",
         body="""Vamos a ver. Llevamos un mes esperando a que vengáis a recoger el compresor defectuoso, he llamado cuatro veces, y encima me reclamáis la factura. Hasta que no se arregle esto no pago nada. Ya está bien.

Paco Sánchez"""),
    dict(id="s4es032", date="2026-12-16T11:15", fmt="html_outlook", frm="Eva Morales <eva.morales@moralesfarmacia.es>",
         inv="SO26/0755", amt="1.210,00", due="2026-11-30", stage="reminder",
         intent="dispute",
         body="""Buenos días:

Somos una farmacia en recargo de equivalencia y en la factura no aparece el recargo desglosado, solo el IVA al 21 %. La factura así no nos sirve; por favor, envíennos una rectificativa correcta.

Un saludo,
Eva Morales
Farmacia Morales"""),
    # ---------------------------------------------------------------- out of office
    dict(id="s4es033", date="2026-11-12T08:05", fmt="ooo", frm="Álvaro Medina <amedina@medinaconsultores.es>",
         inv="SO26/0717", amt="1.450,00", due="2026-10-28", stage="reminder",
         intent="out_of_office", return_date="2026-11-23",
         body="""Gracias por su mensaje. Me encuentro fuera de la oficina y me reincorporaré el lunes 23 de noviembre. Para asuntos urgentes puede escribir a oficina@medinaconsultores.es.

Álvaro Medina"""),
    dict(id="s4es034", date="2026-11-19T17:20", fmt="ooo", frm="Susana Iglesias <siglesias@iglesiasdiseno.es>",
         inv="SO26/0732", amt="370,00", due="2026-11-04", stage="reminder",
         intent="out_of_office", return_date="2026-11-23", note="'fuera hasta el lunes' written Thu 19 Nov → Mon 23 Nov read as the day back",
         body="""Estaré fuera de la oficina hasta el lunes, con acceso limitado al correo. Le responderé a mi vuelta.

Un saludo,
Susana"""),
    dict(id="s4es035", date="2026-11-30T09:00", fmt="ooo", frm="Administración Olivar <admin@olivardelsur.es>", subj_prefix="Fuera de la oficina: ",
         inv="SO26/0740", amt="2.015,00", due="2026-11-13", stage="reminder",
         intent="out_of_office", return_date="2026-12-04", note="'del 30/11 al 3/12, ambos incluidos' → back Fri 4 Dec",
         body="""Hola, estoy de vacaciones del 30/11 al 3/12, ambos incluidos. Su correo será atendido a mi regreso.

Administración - Olivar del Sur"""),
    dict(id="s4es036", date="2026-12-04T15:10", fmt="ooo", frm="Oficina Técnica <oficina@instalacionesbetis.es>",
         inv="SO26/0745", amt="845,60", due="2026-11-18", stage="reminder",
         intent="out_of_office", return_date="2026-12-09",
         body="""Les informamos de que nuestras oficinas permanecerán cerradas los días 7 y 8 de diciembre con motivo del puente. Volvemos el miércoles 9.

Instalaciones Betis"""),
    dict(id="s4es037", date="2026-11-17T10:30", fmt="ooo", frm="Cristina Vidal <cvidal@vidalabogados.es>",
         inv="SO26/0721", amt="512,00", due="2026-11-02", stage="reminder",
         intent="out_of_office", return_date="2027-03-02", note="'baja hasta el 1 de marzo de 2027 incluido' → 2 Mar 2027",
         body="""Estoy de baja por maternidad hasta el 1 de marzo de 2027 incluido. Durante mi ausencia, para cualquier gestión escriba a mi compañero Luis Ferrer (lferrer@vidalabogados.es).

Cristina Vidal"""),
    dict(id="s4es038", date="2026-12-21T08:30", fmt="ooo", frm="Info Panadería Triana <info@panaderiatriana.es>",
         inv="SO26/0762", amt="190,00", due="2026-12-07", stage="reminder",
         intent="out_of_office", return_date="2027-01-07",
         body="""Cerrado por vacaciones de Navidad del 21 de diciembre al 6 de enero. Retomaremos la actividad el 7 de enero. ¡Felices fiestas!"""),
    dict(id="s4es039", date="2026-11-25T12:00", fmt="ooo", frm="Raúl Esteban <raul.esteban@estebanimport.com>", subj_prefix="Respuesta automática: ",
         inv="SO26/0734", amt="1.960,00", due="2026-11-09", stage="reminder",
         intent="out_of_office", return_date="2026-12-02",
         body="""Gracias por su correo. Me encuentro en una feria en Valencia; a partir del miércoles 2 de diciembre atenderé su mensaje.

Raúl Esteban
Esteban Import"""),
    dict(id="s4es040", date="2026-12-09T09:45", fmt="ooo", frm="Jordi Puig <jpuig@puigcomercial.cat>",
         inv="SO26/0749", amt="733,00", due="2026-11-23", stage="reminder", subj_prefix="Resposta automàtica: ",
         intent="out_of_office", return_date="2026-12-15", note="'fins al 14 de desembre / hasta el 14 de diciembre (incluido)' → back Tue 15 Dec",
         body="""Fora de l'oficina fins al 14 de desembre (inclòs).
Fuera de la oficina hasta el 14 de diciembre (incluido).

Jordi Puig"""),
    # ---------------------------------------------------------------- others
    dict(id="s4es041", date="2026-11-13T13:05", fmt="gmail", frm="Marta Gallego <marta@gallegopeluqueria.es>",
         inv="SO26/0720", amt="143,00", due="2026-10-29", stage="reminder",
         intent="copy_request",
         body="""Hola, el enlace me pide una contraseña que no tengo. ¿Me podéis mandar la factura en PDF adjunta a este correo? Así se la paso a la gestoría.

Gracias,
Marta"""),
    dict(id="s4es042", date="2026-12-02T10:20", fmt="outlook", frm="Luis Marín <lmarin@marinyasociados.es>",
         inv="SO26/0726", amt="1.008,00", due="2026-11-05", stage="reminder",
         intent="copy_request",
         body="""Buenos días,

Para poder tramitar el pago necesito un duplicado de la factura y el albarán de entrega firmado. No los encuentro en nuestro archivo.

Un saludo,
Luis Marín"""),
    dict(id="s4es043", date="2026-11-20T09:38", fmt="gmail", frm="Gema Aguilar <gema.aguilar@aguilarcatering.es>",
         inv="SO26/0728", amt="620,00", due="2026-11-04", stage="reminder",
         intent="contact_change", new_email="facturas@aguilarcatering.es",
         body="""Buenos días,

A partir de ahora enviad por favor las facturas y los avisos a facturas@aguilarcatering.es, que es el correo que revisa administración. Este es mi correo personal de la empresa y no siempre lo miro.

Gracias,
Gema"""),
    dict(id="s4es044", date="2026-12-07T23:02", fmt="apple", frm="Ramón Ibáñez <ramonibanez@yahoo.es>",
         inv="SO26/0743", amt="58,00", due="2026-11-18", stage="second_reminder",
         intent="unsubscribe",
         body="""Dejen de mandarme correos. Ya hablaré yo con su comercial cuando me venga bien. No quiero recibir más avisos por email.

Enviado desde mi iPhone"""),
    dict(id="s4es045", date="2026-12-11T09:10", fmt="outlook", frm="Recepción <recepcion@residenciasanfernando.es>",
         inv="SO26/0753", amt="1.275,00", due="2026-11-26", stage="reminder",
         intent="other",
         body="""Recibido, gracias. Lo paso al departamento que corresponde.

Recepción
Residencia San Fernando"""),
]
