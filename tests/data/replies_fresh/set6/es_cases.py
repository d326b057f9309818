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
]
