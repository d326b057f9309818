"""Spanish debtor replies to reminders from Limpiezas y Mantenimientos Arrieta S.L. (Zaragoza). Written one by one."""

CASES = [
    dict(id="s6es001", country="ES", date="2026-11-12T23:14", fmt="gmail", stage="reminder", ago=2,
         inv="LM-2026-1042", amt="186,34", due="2026-10-31",
         frm="Paco Jiménez <bar.casapaco.zgz@gmail.com>",
         intent="promise", promise_date="2026-11-13",
         note="'El viernes te hago la transferencia': reply written Thursday 12 Nov 2026, so Friday 13 Nov.",
         body="""hola buenas
perdonad el retraso, este mes ha ido fatal con la obra de la calle. El viernes te hago la transferencia de los 186,34 sin falta
un saludo
Paco - Bar Casa Paco"""),

    dict(id="s6es002", country="ES", date="2026-11-10T10:22", fmt="html_outlook", stage="reminder", ago=1,
         inv="LM-2026-1051", amt="412,50", due="2026-10-25",
         frm="Administración Clínica Dental Ebro <administracion@clinicadentalebro.es>",
         intent="paid", paid_on="2026-11-09",
         note="'ayer se ordenó la transferencia', written Tuesday 10 Nov 2026: paid on Monday 9 Nov; proof attached.",
         body="""Buenos días:

Les informamos de que ayer se ordenó la transferencia correspondiente a la factura LM-2026-1051 por importe de 412,50 €. Adjuntamos el justificante bancario.

Según nuestro banco, el abono debería reflejarse en su cuenta en 24-48 horas.

Un saludo,

Marta Lasheras
Administración
Clínica Dental Ebro
Paseo de Sagasta 34, 50006 Zaragoza
Tel. 976 23 11 90"""),

    dict(id="s6es003", country="ES", date="2026-11-16T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="LM-2026-1060", amt="528,00", due="2026-11-05",
         frm="Jorge Royo - Fincas Moncayo <j.royo@fincasmoncayo.com>",
         intent="out_of_office", return_date="2026-11-24",
         note="Away 'hasta el lunes 23 de noviembre, inclusive': first day back Tuesday 24 Nov 2026.",
         body="""Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 23 de noviembre, inclusive, sin acceso al correo electrónico. A mi regreso atenderé su consulta.

Para asuntos urgentes de las comunidades puede llamar al 976 55 08 14 o escribir a oficina@fincasmoncayo.com.

Jorge Royo Sanz
Administrador de Fincas Colegiado nº 1.284
Fincas Moncayo"""),

    dict(id="s6es004", country="ES", date="2026-11-18T13:05", fmt="apple", stage="second_reminder", ago=1,
         inv="LM-2026-0979", amt="254,10", due="2026-10-20",
         frm="Rubén Ortiz <talleresortiz@hotmail.es>",
         intent="promise",
         note="Commits to pay everything 'la semana que viene' once the insurer pays: no day given, so no promise_date.",
         body="""Hola,

Sí, lo tengo pendiente, perdonad. Estamos esperando a que nos pague una aseguradora un siniestro gordo y en cuanto entre, la semana que viene, os lo pago todo.

Rubén
Talleres Ortiz

Enviado desde mi iPhone"""),

    dict(id="s6es005", country="ES", date="2026-11-11T17:48", fmt="outlook", stage="reminder", ago=2,
         inv="LM-2026-1019", amt="638,88", due="2026-10-31",
         frm="Ana Bescós <ana@chapaypinturadelicias.es>",
         intent="dispute",
         note="Refuses to pay as invoiced: two weeks of service not done and an extra not in the contract; asks for a credit note.",
         body="""Buenas tardes,

No vamos a pagar esta factura tal y como está. En octubre el operario no vino las semanas del 5 y del 19 (tenemos la hoja de firmas de la entrada y no aparece), y se nos cobra el mes completo. Además la limpieza de la cabina de pintura no estaba incluida en el contrato y aparece como extra.

Mandadnos una factura rectificativa descontando esas dos semanas y sin el extra y la pagamos al momento.

Ana Bescós
Administración
Chapa y Pintura Delicias S.L."""),

    dict(id="s6es006", country="ES", date="2026-12-02T09:40", fmt="html_gmail", stage="second_reminder", ago=2,
         inv="LM-2026-1102", amt="264,00", due="2026-11-15",
         frm="Luis Arnal <luisarnal58@gmail.com>",
         intent="promise", promise_date="2026-12-15",
         note="'antes del 15 está pagado', written 2 Dec 2026: by 15 Dec 2026. 'la semana que viene' is the treasurer's return, not the payment.",
         body="""Buenos días:

Soy el presidente de la comunidad de Avda. Cataluña 212. El administrador está de baja y me ha tocado a mí firmar los pagos este trimestre. El banco nos pide dos firmas y la tesorera no vuelve hasta la semana que viene, pero le aseguro que antes del 15 está pagado.

Disculpen las molestias.

Luis Arnal
Presidente C.P. Avda. Cataluña 212"""),

    dict(id="s6es007", country="ES", date="2026-11-19T19:02", fmt="gmail", stage="reminder", ago=3,
         inv="LM-2026-1027", amt="96,80", due="2026-11-05",
         frm="Sonia Pardo <sonia.pardo.peluqueria@gmail.com>",
         intent="paid", paid_on="2026-11-16",
         note="'ya esta pagado, lo hice el lunes', written Thursday 19 Nov 2026: Monday 16 Nov.",
         body="""Hola!! ya esta pagado, lo hice el lunes por la mañana desde la app del banco. Te mando el justificante en un rato que ahora estoy con clientas.
Si no os ha llegado decidmelo
Besos, Sonia (Peluqueria Sonia Pardo)"""),

    dict(id="s6es008", country="ES", date="2026-11-18T11:26", fmt="tb", stage="second_reminder", ago=2,
         inv=[("LM-2026-0988", "145,20", "2026-10-15"), ("LM-2026-1033", "145,20", "2026-10-31")],
         frm="Elena Aznar <contabilidad@gestoriaaznar.com>",
         intent="promise", promise_date="2026-11-30",
         note="Both invoices go in 'el pago de proveedores de final de mes', written 18 Nov 2026: end of November, 30 Nov.",
         body="""Buenos días,

Efectivamente tenemos pendientes las dos facturas, la de septiembre y la de octubre. Las incluimos en el pago de proveedores de final de mes, junto con la de noviembre cuando nos llegue.

Saludos,

--
Elena Aznar
Gestoría Aznar Asesores
C/ Predicadores 18, 1º - 50003 Zaragoza
976 29 47 02"""),

    dict(id="s6es009", country="ES", date="2026-11-13T12:10", fmt="gmail", stage="reminder", ago=1,
         inv="LM-2026-1048", amt="121,00", due="2026-10-31",
         frm="Javier Lope <javilope.instalaciones@gmail.com>",
         intent="copy_request",
         note="Says he cannot find the invoice and asks for the PDF before paying.",
         body="""Buenas,
no me consta haber recibido esa factura, por lo menos no la encuentro ni en el correo ni en papel. Me la podeis reenviar en pdf? que la necesito para pasarsela al gestor antes de pagarla.
Gracias
Javi"""),

    dict(id="s6es010", country="ES", date="2026-11-24T08:15", fmt="outlook", stage="firm", ago=1,
         inv="LM-2026-0954", amt="1.936,00", due="2026-10-05",
         frm="Raquel Gimeno <rgimeno@transportesjalon.es>",
         intent="promise", promise_date="2026-11-26",
         note="'saldrá en la transferencia de pasado mañana', written Tuesday 24 Nov 2026: Thursday 26 Nov. The plea about the 40 € fee is secondary.",
         body="""Buenos días,

Disculpen el retraso, la factura se nos había quedado retenida en aprobación porque el responsable de la nave estaba de baja. Ya está aprobada y saldrá en la transferencia de pasado mañana.

Les agradecería que no apliquen los 40 € de indemnización, es la primera vez que nos pasa con ustedes.

Saludos cordiales,

Raquel Gimeno
Dpto. Administración
Transportes Jalón S.A.
Pol. Ind. Malpica, calle E, nave 14 - 50016 Zaragoza"""),

    dict(id="s6es011", country="ES", date="2026-11-20T16:33", fmt="html_gmail", stage="firm", ago=3,
         inv=[("LM-2026-0901", "302,50", "2026-09-15"), ("LM-2026-0947", "302,50", "2026-10-15"),
              ("LM-2026-1075", "302,50", "2026-11-15")],
         frm="Carlos Miravete <cerveceriaeltubo@gmail.com>",
         intent="plan_request",
         note="Asks to pay the three invoices in monthly instalments of 150 €; no date committed.",
         body="""Hola,

Os escribo por lo de las tres facturas. No os voy a engañar: desde el verano vamos muy justos, con la obra delante de la puerta hemos perdido la mitad de la clientela. Quiero pagarlo todo, pero de golpe no puedo.

¿Podríamos hacerlo a plazos, por ejemplo 150 € al mes hasta ponerme al día? Si me decís que sí empiezo en cuanto me lo confirméis.

Gracias por la paciencia,
Carlos
Cervecería El Tubo"""),

    dict(id="s6es012", country="ES", date="2026-12-18T21:40", fmt="apple", stage="reminder", ago=3,
         inv="LM-2026-1140", amt="395,00", due="2026-12-10",
         frm="Mercedes Latorre <merlatorre@yahoo.es>",
         intent="promise",
         note="'lo pagaré después de Reyes': a commitment to pay, but no day can be worked out, so no promise_date.",
         body="""Hola, buenas noches

He visto vuestro correo. Con los gastos de las fiestas y la reforma del piso me es imposible pagarlo ahora, lo pagaré después de Reyes. Espero que no haya problema, siempre he cumplido.

Un saludo
Mercedes Latorre

Enviado desde mi iPad"""),

    dict(id="s6es013", country="ES", date="2026-12-01T10:05", fmt="gmail", stage="reminder", ago=1,
         inv="LM-2026-1098", amt="217,80", due="2026-11-20",
         frm="Fisio Actur <administracion@fisioactur.es>",
         intent="promise", promise_date="2026-12-10",
         note="'La pagaremos el 10/12', written 1 Dec 2026: 10 December 2026.",
         body="""Hola buenos días,
La pagaremos el 10/12 que es cuando hacemos los pagos a proveedores.
Saludos
Irene - Fisio Actur"""),

    dict(id="s6es014", country="ES", date="2026-11-27T14:52", fmt="html_outlook", stage="reminder", ago=2,
         inv="LM-2026-1071", amt="580,80", due="2026-11-15",
         frm="Administración Academia Zenit <admin@academiazenit.es>",
         intent="promise",
         note="'se abonará a mediados de diciembre': committed but vague, no promise_date.",
         body="""Estimados señores:

Hemos recibido su recordatorio. Les comunicamos que la factura indicada se abonará a mediados de diciembre, una vez se hayan cobrado las mensualidades de los alumnos.

Atentamente,

Begoña Sancho
Administración
Academia Zenit
Tel. 976 52 70 33"""),

    dict(id="s6es015", country="ES", date="2026-11-10T08:33", fmt="bounce", stage="reminder",
         inv="LM-2026-1012", amt="349,69", due="2026-10-25",
         rcpt="contabilidad@talleresgoni.es", status="5.1.1",
         diag="550 5.1.1 <contabilidad@talleresgoni.es>: Recipient address rejected: User unknown in virtual mailbox table",
         remote="mx.talleresgoni.es",
         intent="bounce",
         body="""This is an automatically generated Delivery Status Notification.

Delivery to the following recipient failed permanently:

     contabilidad@talleresgoni.es

Technical details of permanent failure:
The recipient's mail server (mx.talleresgoni.es) rejected the address: 550 5.1.1 User unknown in virtual mailbox table."""),

    dict(id="s6es016", country="ES", date="2026-11-23T20:15", fmt="html_gmail", stage="second_reminder", ago=3,
         inv="LM-2026-1055", amt="423,50", due="2026-11-05",
         frm="Pilar Ezquerra <pilarezquerra.cp@gmail.com>",
         intent="dispute",
         note="Contests the 181,50 € 'limpieza extraordinaria de garaje' nobody ordered; will pay only the ordinary fee after a corrected invoice.",
         body="""Buenas tardes:

Como presidenta de la Comunidad de Propietarios de Tenor Fleta 45 les escribo en relación con la factura LM-2026-1055.

La cuota mensual que tenemos contratada es de 242 € (IVA incluido) y así se aprobó en la junta de marzo. En esta factura aparecen además 181,50 € por una «limpieza extraordinaria de garaje» que nadie de la comunidad ha encargado. Al menos, ni el administrador ni yo. Si algún vecino se lo pidió a la operaria, será cosa suya, no de la comunidad.

Por tanto, la comunidad abonará únicamente la cuota ordinaria. Les ruego que emitan una factura rectificativa por los 242 € o que nos digan quién firmó ese encargo.

Un saludo,

Pilar Ezquerra
Presidenta C.P. Tenor Fleta 45"""),

    dict(id="s6es017", country="ES", date="2026-12-07T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="LM-2026-1110", amt="157,30", due="2026-11-25",
         frm="Clínica Podológica Romareda <info@podologiaromareda.es>",
         intent="out_of_office", return_date="2026-12-09",
         note="Closed over the December long weekend; 'Retomamos la actividad el miércoles 9 de diciembre'.",
         body="""Clínica Podológica Romareda

Estimado/a paciente o proveedor:

Nuestra clínica permanece cerrada por el puente de la Constitución y la Inmaculada. Retomamos la actividad el miércoles 9 de diciembre a las 9:00 h, y contestaremos su correo lo antes posible.

Para pedir cita puede usar nuestra web www.podologiaromareda.es.

Gracias por su comprensión."""),

    dict(id="s6es018", country="ES", date="2026-11-25T12:40", fmt="outlook", stage="second_reminder", ago=2, fwd=True,
         inv="LM-2026-1031", amt="875,42", due="2026-10-31",
         frm="Lucía Salas <recepcion@hotelpuertacinegia.es>",
         intent="paid", paid_on="2026-11-20",
         note="Receptionist forwards the finance director's answer: paid by transfer 'el viernes 20', i.e. Friday 20 Nov 2026 (message of 24 Nov).",
         body="""Buenos días,

Les reenvío la contestación de nuestro director financiero. Cualquier cosa me dicen.

Lucía Salas
Recepción - Hotel Puerta Cinegia

-----Mensaje original-----
De: Fernando Calvo <fcalvo@hotelpuertacinegia.es>
Enviado el: martes, 24 de noviembre de 2026 18:02
Para: Recepción Hotel Puerta Cinegia <recepcion@hotelpuertacinegia.es>
Asunto: RE: Segundo aviso: factura LM-2026-1031 pendiente de pago

Lucía, diles que esa factura se pagó por transferencia el viernes 20, junto con la de la lavandería. Que lo miren bien antes de mandar más avisos.

Fernando"""),

    dict(id="s6es019", country="ES", date="2026-11-12T09:58", fmt="gmail", stage="reminder", ago=1,
         inv="LM-2026-1044", amt="302,50", due="2026-10-31",
         frm="Toni Beltrán <toni.beltran.olivar@gmail.com>",
         intent="contact_change", new_email="facturas@restauranteelolivar.es",
         note="No longer handles the restaurant's accounts; asks that invoices and reminders go to facturas@restauranteelolivar.es.",
         body="""Buenos días,

Yo ya no llevo la administración del restaurante desde octubre. A partir de ahora mandad las facturas y los avisos a facturas@restauranteelolivar.es, que lo lleva Nuria. Este ya se lo reenvío yo.

Gracias,
Toni"""),

    dict(id="s6es020", country="ES", date="2026-11-30T11:17", fmt="html_gmail", stage="reminder", ago=3,
         inv="LM-2026-1063", amt="229,90", due="2026-11-15",
         frm="Marisa Gállego <marisa@gallegoabogados.es>",
         intent="paid", paid_on="2026-11-30",
         note="'Ya está pagado, lo ha hecho esta mañana mi socio', written 30 Nov 2026; the question about the holiday cleaning is secondary.",
         body="""Hola Maite,

Ya está pagado, lo ha hecho esta mañana mi socio. Te mando el justificante adjunto para que lo cuadres.

Por cierto, ¿en diciembre la limpieza del 24 y del 31 se mantiene o cerráis por fiestas?

Un abrazo,
Marisa

Gállego Abogados
C/ Alfonso I 17, 3º dcha."""),

    dict(id="s6es021", country="ES", date="2026-11-17T10:44", fmt="outlook", stage="reminder", ago=1,
         inv="LM-2026-1039", amt="199,65", due="2026-10-31",
         frm="Óscar Navarro <onavarro@autoescuelanavarro.es>",
         intent="other",
         note="Only says it was passed on to the gestoría that handles payments; no promise, no request to redirect the reminders.",
         body="""Buenos días,

Se lo he pasado a la gestoría, que es quien nos lleva los pagos a proveedores. Ellos se pondrán en contacto con ustedes.

Un saludo,

Óscar Navarro
Autoescuela Navarro"""),

    dict(id="s6es022", country="ES", date="2026-12-01T16:20", fmt="tb", stage="second_reminder", ago=1,
         inv=[("LM-2026-1006", "387,20", "2026-10-20"), ("LM-2026-1037", "315,26", "2026-10-31")],
         frm="Contabilidad Gráficas Huerva <contabilidad@graficashuerva.com>",
         intent="paid", paid_on="2026-11-27",
         note="'se abonaron el 27/11 en una sola transferencia', written 1 Dec 2026: 27 Nov 2026.",
         body="""Buenas tardes:

Las dos facturas (LM-2026-1006 y LM-2026-1037) se abonaron el 27/11 en una sola transferencia de 702,46 €, concepto "FRAS 1006 1037 ARRIETA". Entiendo que se ha cruzado con su aviso.

Saludos,

Alberto Cuartero
Dpto. Contabilidad
Gráficas Huerva S.L."""),

    dict(id="s6es023", country="ES", date="2026-12-03T13:30", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="LM-2026-1084", amt="145,20", due="2026-11-20",
         frm="Susana Marín <smarin@opticamarin.es>",
         intent="bank_details",
         note="Received a mail announcing a new bank account for the creditor and wants it confirmed by phone before paying (fraud fear).",
         body="""Buenas tardes,

Antes de pagar quiero confirmar una cosa. La semana pasada nos llegó un correo, supuestamente de ustedes, diciendo que han cambiado de banco y que a partir de ahora paguemos en una cuenta nueva que empieza por ES21 1465 (ING). Nosotros siempre les hemos pagado en la de Ibercaja.

¿Es cierto ese cambio? No me fío nada, así que no haré la transferencia hasta que me lo confirmen por teléfono. Mi número es el 976 35 62 18.

Gracias,

Susana Marín
Óptica Marín"""),

    dict(id="s6es024", country="ES", date="2026-11-26T09:12", fmt="gmail", stage="reminder", ago=2,
         inv="LM-2026-1079", amt="199,65", due="2026-11-15",
         frm="Raúl Sierra <raul@panaderiasierra.es>",
         intent="dispute",
         note="Says this invoice duplicates LM-2026-1024 (already paid 3 Nov) and asks to cancel it: owes nothing on it. The payment date is about another invoice.",
         body="""Buenos días,
Creo que hay un error. Esta factura es exactamente la misma que la LM-2026-1024 (mismo concepto, limpieza obrador octubre, mismo importe), que ya os pagamos el 3 de noviembre. Nos la habéis facturado dos veces. Revisadlo y anuladla, por favor.
Raúl Sierra
Panadería Sierra"""),

    dict(id="s6es025", country="ES", date="2026-12-21T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="LM-2026-1152", amt="968,00", due="2026-12-10",
         frm="Eva Lacasa <eva.lacasa@residenciasanjorge.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="'Me reincorporo el jueves 7 de enero': back 7 Jan 2027.",
         body="""Hola, estoy de vacaciones. Me reincorporo el jueves 7 de enero.
Durante mi ausencia, para cualquier tema de facturación podéis escribir a administracion@residenciasanjorge.es.

¡Felices fiestas!

Eva Lacasa
Administración · Residencia San Jorge"""),

    dict(id="s6es026", country="ES", date="2026-12-03T18:47", fmt="html_gmail", stage="firm", ago=2,
         inv=[("LM-2026-0962", "133,10", "2026-10-10"), ("LM-2026-1058", "133,10", "2026-11-10")],
         frm="Asociación Cultural El Arrabal <acelarrabal@gmail.com>",
         intent="promise", promise_date="2026-12-07",
         note="'el lunes que viene os hago la transferencia de todo', written Thursday 3 Dec 2026: Monday 7 Dec. 'este viernes' is when the grant arrives.",
         body="""Hola,

Somos una asociación y vamos al día con lo que nos entra del Ayuntamiento. Nos han confirmado que la subvención nos la ingresan este viernes, así que el lunes que viene os hago la transferencia de todo.

Perdón por el retraso y gracias por esperar.

Jesús (tesorero)
Asociación Cultural El Arrabal"""),

    dict(id="s6es027", country="ES", date="2026-12-04T12:03", fmt="apple", stage="second_reminder", ago=2,
         inv="LM-2026-1066", amt="72,60", due="2026-11-15",
         frm="Nacho Marco <nachomarco@icloud.com>",
         intent="paid", paid_on="2026-12-04",
         note="'Pagado esta mañana', written 4 Dec 2026.",
         body="""Pagado esta mañana.

Enviado desde mi iPhone"""),

    dict(id="s6es028", country="ES", date="2026-11-16T22:10", fmt="gmail", stage="heads_up", ago=3,
         inv="LM-2026-1090", amt="60,50", due="2026-11-25",
         frm="Alicia Monzón <alimonzon@gmail.com>",
         intent="unsubscribe",
         note="Asks to be taken off the list; pays by direct debit anyway.",
         body="""No quiero recibir mas correos de estos, por favor quitadme de la lista. Las facturas las pago siempre por domiciliacion, no hace falta que me aviseis cada vez."""),

    dict(id="s6es029", country="ES", date="2026-11-30T20:32", fmt="gmail", stage="reminder", ago=4,
         inv="LM-2026-1081", amt="310,00", due="2026-11-20",
         frm="Dani Royo <danielroyo87@gmail.com>",
         intent="dispute",
         note="Contests the amount (quote was 240 € with VAT, invoice 310 €); will pay once corrected, no date.",
         body="""hola, el presupuesto que me disteis por telefono eran 240 euros con iva y en la factura pone 310,00. No pienso pagar 70 euros de mas sin que nadie me explique de donde salen. Cuando me mandeis la factura bien la pago ese mismo dia
Dani"""),

    dict(id="s6es030", country="ES", date="2026-12-09T10:10", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="LM-2026-1088", amt="2.117,50", due="2026-11-25",
         frm="Cuentas a Pagar - Grupo Alimentario Ribera <proveedores@grupoalribera.es>",
         intent="promise", promise_date="2026-12-18",
         note="Included in 'la remesa de pagos del viernes 18 de diciembre': 18 Dec 2026. Legal footer ignored.",
         body="""Estimados proveedores:

Les confirmamos que la factura LM-2026-1088 ha sido contabilizada y está incluida en la remesa de pagos del viernes 18 de diciembre.

Les recordamos que nuestro calendario de pagos a proveedores es el día 18 de cada mes (o el día hábil anterior).

Un cordial saludo,

Departamento de Cuentas a Pagar
Grupo Alimentario Ribera S.A.
Ctra. de Logroño km 7,4 - 50011 Zaragoza

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de GRUPO ALIMENTARIO RIBERA S.A. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. De acuerdo con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos serán tratados por GRUPO ALIMENTARIO RIBERA S.A. con la finalidad de mantener la relación comercial."""),

    dict(id="s6es031", country="ES", date="2026-12-10T12:25", fmt="outlook", stage="reminder", ago=3,
         inv=[("LM-2026-1113", "242,00", "2026-11-30"), ("LM-2026-1114", "242,00", "2026-11-30")],
         frm="Carmen Bielsa <admon@fincasebronorte.es>",
         intent="copy_request",
         note="Property manager asks for the PDFs and the monthly service detail the community president needs before authorising payment.",
         body="""Buenos días:

¿Nos pueden remitir copia en PDF de las dos facturas y el detalle de los servicios realizados en noviembre en cada portal (C.P. Sobrarbe 9 y C.P. Sobrarbe 11)? El presidente nos lo pide para autorizar el pago y en nuestro expediente solo tenemos el aviso.

Un saludo,

Carmen Bielsa
Fincas Ebro Norte
Administración de comunidades"""),

    dict(id="s6es032", country="ES", date="2026-12-11T08:02", fmt="apple", stage="reminder", ago=2,
         inv="LM-2026-1134", amt="181,50", due="2026-11-30",
         frm="Beatriz Oliván <beatriz@olivanarquitectura.es>",
         intent="paid", paid_on="2026-12-10",
         note="'Lo pagué anoche con tarjeta a través del enlace', written Friday 11 Dec 2026: 10 Dec. The receipt request is secondary.",
         body="""Buenos días,

Lo pagué anoche con tarjeta a través del enlace de vuestro correo. Me salió la pantalla de "pago realizado" pero no me ha llegado ningún recibo al email, ¿me lo podéis mandar?

Gracias,

Beatriz Oliván
Oliván Arquitectura"""),

    dict(id="s6es033", country="ES", date="2026-11-25T08:31", fmt="ooo", stage="second_reminder", ago=0,
         inv="LM-2026-1104", amt="1.452,00", due="2026-11-10",
         frm="Miguel Ángel Tena <matena@construccionestena.es>",
         subj_prefix="Fuera de la oficina: ",
         intent="out_of_office", return_date="2026-11-30",
         note="'De vuelta el lunes 30 de noviembre': return 30 Nov 2026.",
         body="""Buenos días,

Me encuentro de viaje por trabajo, con acceso limitado al correo. De vuelta el lunes 30 de noviembre.

Para asuntos de facturas y pagos pueden dirigirse a mi compañera Rosa Gil (rgil@construccionestena.es).

Saludos,

Miguel Ángel Tena
Director Financiero | Construcciones Tena S.L."""),

    dict(id="s6es034", country="ES", date="2026-12-14T11:30", fmt="html_outlook", stage="firm", fresh=True,
         subj="Comunicación a acreedores - Concurso de REFORMAS ALCUBIERRE, S.L.",
         inv="LM-2026-0933", amt="1.089,00", due="2026-09-30",
         frm="Fumanal Concursal <concursal@fumanalconcursal.es>",
         intent="other",
         note="Insolvency administrator's letter: the debtor is in insolvency proceedings and the claim must be lodged with the administrator; no payment, no dispute.",
         body="""Muy Sres. nuestros:

Por medio de la presente les comunicamos que, por Auto de fecha 27 de noviembre de 2026 del Juzgado de lo Mercantil nº 1 de Zaragoza, se ha declarado el concurso voluntario de acreedores de REFORMAS ALCUBIERRE, S.L., habiendo sido designado administrador concursal quien suscribe.

Hemos recibido su requerimiento de pago de la factura LM-2026-0933. Les informamos de que la sociedad no puede atender pagos de créditos anteriores a la declaración de concurso al margen del procedimiento. Deberán comunicar su crédito a esta administración concursal en el plazo de un mes desde la publicación de la declaración en el BOE, aportando copia de las facturas pendientes y de cualquier otro documento que lo justifique.

Quedamos a su disposición para cualquier aclaración.

Atentamente,

D. Ignacio Fumanal Lorés
Administrador concursal de REFORMAS ALCUBIERRE, S.L.
Fumanal Concursal, S.L.P.
Paseo de la Independencia 24, 5º - 50004 Zaragoza"""),

    dict(id="s6es035", country="ES", date="2026-12-10T19:20", fmt="gmail", stage="second_reminder", ago=1,
         inv="LM-2026-1125", amt="108,90", due="2026-11-30",
         frm="Alberto Pueyo <apueyo.bicis@gmail.com>",
         intent="promise", promise_date="2026-12-16",
         note="'el miércoles que viene os lo pago', written Thursday 10 Dec 2026: Wednesday 16 Dec. The VAT question does not cancel the promise.",
         body="""Buenas,
Vale, el miércoles que viene os lo pago, que es cuando cobro los arreglos de la tienda. Una duda, en la factura pone IVA 21% pero yo pensaba que los 90 euros al mes ya lo llevaban incluido, me lo confirmas?
Alberto
Bicis Pueyo"""),

    dict(id="s6es036", country="ES", date="2026-12-14T09:05", fmt="outlook", stage="reminder", ago=3,
         inv="LM-2026-1130", amt="387,20", due="2026-11-30",
         frm="José Mª Lalaguna <jmlalaguna@bodegaslalaguna.es>",
         cc="Mª Pilar Ferrer <mpferrer@asesoriaferrer.es>",
         intent="contact_change", new_email="mpferrer@asesoriaferrer.es",
         note="Asks that reminders and invoices go to the firm's adviser at mpferrer@asesoriaferrer.es (copied).",
         body="""Buenos días,

Les ruego que a partir de ahora dirijan los recordatorios y las facturas directamente a nuestra asesora, Mª Pilar Ferrer (mpferrer@asesoriaferrer.es), que es quien lleva los pagos de la bodega. La pongo en copia.

Gracias,

José Mª Lalaguna
Bodegas Lalaguna
Cariñena (Zaragoza)"""),

    dict(id="s6es037", country="ES", date="2026-12-15T13:40", fmt="html_gmail", stage="firm", ago=1,
         inv="LM-2026-1017", amt="726,00", due="2026-10-25",
         frm="Restaurante La Bodeguilla <labodeguilla.zaragoza@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="300 € paid today on account, the remaining 426 € promised 'el día 30' (written 15 Dec 2026): 30 Dec. The open balance drives the next action, so promise.",
         body="""Hola:

Hoy os hemos hecho una transferencia de 300 € a cuenta de la factura. El resto, 426 €, os lo pagamos el día 30, que ahora en diciembre con las comidas de empresa vamos mejor de caja.

Perdonad el lío y gracias por la paciencia.

Marga
La Bodeguilla"""),

    dict(id="s6es038", country="ES", date="2026-12-16T17:55", fmt="outlook", stage="final_notice", ago=1,
         inv="LM-2026-0915", amt="544,50", due="2026-09-30",
         frm="Gerardo Casanova <gcasanova@casanovainmuebles.es>",
         intent="dispute",
         note="Says the service was cancelled in writing in August and October's invoice is for work never done: owes nothing.",
         body="""Me parece increíble que me amenacen con un monitorio.

Cancelamos el servicio de limpieza de la oficina por escrito el 28 de agosto (tengo el burofax y el acuse de recibo), con el mes de preaviso que marca el contrato. Esta factura es de octubre, un mes en el que ustedes ya no pusieron un pie en nuestra oficina. No debemos nada.

Si siguen adelante, lo verán mis abogados. Les sugiero que revisen su archivo antes de enviar más cartas de este tipo.

Gerardo Casanova
Gerente
Casanova Inmuebles"""),

    dict(id="s6es039", country="ES", date="2026-12-17T09:35", fmt="outlook", stage="second_reminder", ago=2,
         inv="LM-2026-1094", amt="471,90", due="2026-11-30",
         frm="Administración Talleres Utebo <administracion@tallerutebo.es>",
         intent="paid", paid_on="2026-12-02",
         note="'se hizo el pasado 2 de diciembre por transferencia', written 17 Dec 2026: 2 Dec 2026. Data-protection footer ignored.",
         body="""Buenos días,

El pago de la factura LM-2026-1094 se hizo el pasado 2 de diciembre por transferencia desde nuestra cuenta del Santander. Adjunto justificante.

Les agradecería que lo comprueben en su extracto y nos confirmen la recepción.

Un saludo,

Noelia Royo
Departamento de Administración
Talleres Mecánicos Utebo S.L.
Avda. de Zaragoza 90 - 50180 Utebo

Antes de imprimir este correo electrónico, piense bien si es necesario hacerlo.
Sus datos personales son tratados por TALLERES MECÁNICOS UTEBO S.L. con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a administracion@tallerutebo.es."""),

    dict(id="s6es040", country="ES", date="2026-12-21T17:10", fmt="apple", stage="second_reminder", ago=1,
         inv="LM-2026-1120", amt="302,50", due="2026-12-05",
         frm="Tomás Arilla <tomas@veterinariaarilla.es>",
         intent="promise", promise_date="2026-12-23",
         note="'El miercoles 23 ... te hago la transferencia', written Monday 21 Dec 2026: 23 Dec 2026.",
         body="""Hola, perdona, se me habia pasado con el lio de estas semanas. El miercoles 23 antes de cerrar por vacaciones te hago la transferencia.
Felices fiestas
Tomás
Clínica Veterinaria Arilla

Enviado desde mi iPhone"""),
]

EXTRA_KNOWN = ["LM-2026-1024"]
