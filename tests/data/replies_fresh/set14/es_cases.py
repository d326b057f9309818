"""Set 14, part es: replies from Spanish debtors to Electroclima Albufera S.L. (Catarroja, Valencia),
an electrical installation, air-conditioning and refrigeration firm. Every body written by hand."""

CASES = [
    dict(id="s14es001", date="2026-12-07T09:14", fmt="gmail", stage="reminder", ago=3,
         inv="FV26-0874", amt="642,51", due="2026-11-20",
         frm="Vicent Soler <casaamparo.elpalmar@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Will transfer 'el viernes': the Friday after Monday 7 December is 11 December.",
         body="""Bon dia,

Perdonad, se me ha pasado con el lío de las comidas de empresa. Os hago la transferencia el viernes, que es cuando me entra lo de la semana.

Un saludo,
Vicent
Casa Amparo - El Palmar"""),

    dict(id="s14es002", date="2026-12-07T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-0829", amt="1.874,40", due="2026-11-26",
         frm="Ignacio Bellver Climent <ibellver@hsfturia.es>",
         intent="out_of_office", return_date="2026-12-10",
         note="Auto-reply: away 4 to 9 December inclusive, so back Thursday 10 December.",
         body="""Buenos días:

Estaré fuera de la oficina del 4 al 9 de diciembre, ambos inclusive, con acceso muy limitado al correo electrónico.

Para cualquier incidencia urgente de mantenimiento pueden llamar a la centralita (96 123 45 00, ext. 2210) o escribir a mantenimiento@hsfturia.es.
Para temas de facturación, diríjanse a facturacion.proveedores@hsfturia.es.

Un saludo,

Ignacio Bellver Climent
Jefe de Servicio de Mantenimiento
Hospital Sagrada Familia del Turia"""),

    dict(id="s14es003", date="2026-12-09T11:02", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="FV26-0791", amt="1.386,00", due="2026-11-10",
         frm="Laura Peris Gimeno <lperis@fincasmarques.es>",
         intent="paid", paid_on="2026-12-04",
         note="Property manager: transfer made last Friday 4 December, crossed with the reminder.",
         body="""Buenos días,

Les informo de que la factura FV26-0791, correspondiente a la sustitución de luminarias en zonas comunes de la Comunidad de Propietarios C/ Músico Ginés, 22, fue abonada mediante transferencia bancaria el pasado viernes 4 de diciembre, con cargo a la cuenta de la comunidad.

Entiendo que su recordatorio se ha cruzado con el pago. Si dentro de unos días siguen sin verlo reflejado, indíquenmelo y les remito el justificante.

Un saludo,

Laura Peris Gimeno
Departamento de Contabilidad
Administración de Fincas Marqués, S.L.
Av. del Port, 118 – 46023 Valencia
Tel. 963 30 41 77

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Administración de Fincas Marqués, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. De acuerdo con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos serán tratados con la finalidad de mantener la relación profesional. Puede ejercer sus derechos en rgpd@fincasmarques.es."""),

    dict(id="s14es004", date="2026-12-10T21:47", fmt="gmail", stage="firm", ago=3,
         inv="FV26-0702", amt="2.318,40", due="2026-10-30",
         frm="Pepe Ferrer <pepeferrer.taronja@gmail.com>",
         intent="plan_request",
         note="Farmer asks to split the amount into 3 or 4 payments; no date committed.",
         body="""buenas noches, soy pepe el del pozo de alginet. ya se que lo tengo pendiente pero este año la naranja va fatal de precio y la cooperativa todavia no nos ha liquidado. no puedo pagar los 2300 de golpe. me lo podeis partir en 3 o 4 pagos? decidme como lo haceis vosotros y lo hablamos

pepe"""),

    dict(id="s14es005", date="2026-12-10T17:20", fmt="outlook", stage="firm", ago=3,
         inv="FV26-0755", amt="1.148,29", due="2026-11-05",
         frm="Cuentas a Pagar - Grupo Marítim <cuentasapagar@grupomaritim.es>",
         intent="dispute",
         note="Contests hours and compressor price against the accepted quote; asks for a corrective invoice and blocks payment.",
         body="""Buenas tardes,

Hemos recibido su reclamación sobre la factura FV26-0755. Tras revisarla con el encargado del local de la Malvarrosa, no estamos conformes con el importe facturado:

- Se facturan 6 horas de mano de obra de dos técnicos (12 h en total), cuando según el parte de trabajo firmado por nuestro encargado la intervención duró de 9:00 a 11:30.
- El compresor sustituido figura a 612,00 €, cuando en el presupuesto aceptado (P-26-311) aparecía a 480,00 €.

Les rogamos que nos envíen una factura rectificativa ajustada al presupuesto y al parte firmado. Hasta entonces la factura queda bloqueada en nuestro sistema y no se incluirá en ninguna remesa de pago.

Atentamente,

Sonia Llorca
Administración – Cuentas a Pagar
Grupo Marítim Restauración, S.L.
T. 961 04 27 90"""),

    dict(id="s14es006", date="2026-12-11T13:05", fmt="apple", stage="reminder", ago=1,
         inv="FV26-0868", amt="189,00", due="2026-11-30",
         frm="Marisa Gómez <marisagomez64@hotmail.com>",
         intent="paid", paid_on="2026-12-11",
         note="Private customer has just paid by card through the link.",
         body="""Hola, acabo de pagarlo con la tarjeta desde el enlace que venía en el correo. Me ha salido que el pago era correcto. Perdonad el retraso, no lo había visto.

Marisa

Enviado desde mi iPhone"""),

    dict(id="s14es007", date="2026-12-14T10:12", fmt="tb", stage="reminder", ago=4,
         inv="FV26-0827", amt="3.025,00", due="2026-11-25",
         frm="Administración Colegio Santa Teresa <administracion@colegiosantateresa-torrent.es>",
         intent="copy_request",
         note="School never received the invoice; asks for the PDF and the signed work report before it can authorise payment.",
         body="""Buenos días,

Hemos buscado la factura FV26-0827 y no nos consta que haya llegado ni por correo postal ni al buzón de facturas del colegio. ¿Podrían enviárnosla en PDF a esta dirección?

Les pediría también el albarán o parte de trabajo firmado de la instalación de los aparatos de aire acondicionado en las aulas de Infantil, porque la Fundación nos lo exige para autorizar el pago.

En cuanto lo tengamos lo pasamos a firma.

Gracias y un saludo,

Rosa Alapont
Administración
Colegio Santa Teresa – Torrent
Tel. 96 155 02 18"""),

    dict(id="s14es008", date="2026-12-15T12:30", fmt="html_outlook", stage="second_reminder", ago=6,
         inv="FV26-0733", amt="4.961,50", due="2026-11-15",
         frm="Intervención Municipal <intervencion@torrefresca.es>",
         intent="promise", promise_date="2026-12-22",
         note="Town hall: invoice approved on 10 December (not the label); payment in the transfer run planned for Tuesday 22 December.",
         body="""Buenos días:

En relación con su correo, les informamos de que la factura FV26-0733 (mantenimiento de la instalación de climatización del Centro Cívico, tercer trimestre) fue conformada por el técnico municipal y aprobada en la Junta de Gobierno Local celebrada el pasado 10 de diciembre.

El pago se realizará en la próxima relación de transferencias de la Tesorería municipal, que está prevista para el martes 22 de diciembre.

Les recordamos que, para agilizar futuros pagos, las facturas deben presentarse a través de FACe indicando los códigos DIR3 del Ayuntamiento.

Atentamente,

Mª Carmen Sanchis Roig
Intervención Municipal
Ayuntamiento de Torrefresca
Plaça Major, 1 · Tel. 962 45 10 03 (ext. 4)

AVISO LEGAL: Este correo electrónico y, en su caso, cualquier fichero anexo al mismo contiene información de carácter confidencial exclusivamente dirigida a su destinatario o destinatarios. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita del Ayuntamiento de Torrefresca."""),

    dict(id="s14es009", date="2026-12-18T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-0845", amt="735,90", due="2026-11-28",
         frm="Beatriz Navarro <bnavarro@frigoturia.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away until Friday 8 January inclusive; first working day back is Monday 11 January.",
         body="""Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el viernes 8 de enero inclusive. Durante este periodo no revisaré el correo.

Para asuntos relacionados con facturas de proveedores pueden contactar con mi compañero Álvaro Puchades (apuchades@frigoturia.es).

¡Felices fiestas!

Beatriz Navarro
Dpto. Administración
Frigoríficos del Turia, S.A."""),

    dict(id="s14es010", date="2026-12-16T16:40", fmt="gmail", stage="firm", ago=2,
         inv="FV26-0812", amt="468,60", due="2026-11-22",
         frm="Bar El Rincon de Paco <barelrincondepaco@hotmail.es>",
         intent="dispute",
         note="Angry: cold room still not working after the repair; refuses to pay until it is fixed.",
         body="""Mira, no me mandeis mas cartas con lo de los intereses y la ley esa porque no pienso pagar una factura de una maquina que sigue igual que antes. Vino vuestro tecnico, estuvo media hora, cambio una pieza y a los dos dias la camara otra vez sin enfriar. Tuve que tirar genero por mas de 200 euros.

Primero veniis y lo dejais funcionando como dios manda y luego hablamos de pagar. Llevo llamando desde el dia 3 y nadie me coje el telefono.

Paco"""),

    dict(id="s14es011", date="2026-12-17T09:50", fmt="outlook", stage="reminder", ago=3, fwd=True,
         inv=[("FV26-0803", "1.512,50", "2026-11-20"), ("FV26-0839", "396,88", "2026-11-30")],
         frm="Ana Ribes <aribes@talleresribes.com>",
         intent="paid", paid_on="2026-12-15",
         note="Assistant forwards the manager's answer: one transfer for both invoices on Tuesday 15 December.",
         body="""Buenos días,

Os reenvío lo que me ha contestado Javier sobre vuestro aviso. Por lo que veo en el banco, salieron las dos juntas el martes.

Un saludo,
Ana Ribes
Talleres Mecánicos Ribes e Hijos, S.L.

-----Mensaje original-----
De: Javier Ribes <jribes@talleresribes.com>
Enviado el: miércoles, 16 de diciembre de 2026 19:12
Para: Ana Ribes <aribes@talleresribes.com>
Asunto: RE: Recordatorio de pago: facturas FV26-0803 y FV26-0839 vencidas – Electroclima Albufera S.L.

Ana, esto está pagado. Hice una sola transferencia el martes 15 por las dos facturas, 1.909,38 en total. Contéstales tú y mándales el justificante si lo piden.

Javier"""),

    dict(id="s14es012", date="2026-12-18T12:14", fmt="html_gmail", stage="second_reminder", ago=4,
         inv="FV26-0781", amt="871,20", due="2026-11-12",
         frm="Irene Campos <hola@irenecampos.studio>",
         intent="promise",
         note="Will pay once her own clients pay, 'después de Reyes': a vague time, no single day.",
         body="""¡Hola!

Sí, lo tengo presente, no me he olvidado. Os soy sincera: tengo dos clientes que me deben bastante desde octubre y ando justa este mes. En cuanto me paguen, que me han dicho que será después de Reyes, os lo transfiero lo primero.

Siento el retraso. El aire del estudio va de maravilla, eso sí 🙂

Un abrazo,
Irene

--
Irene Campos
Diseño gráfico & ilustración
+34 644 218 903"""),

    dict(id="s14es013", date="2026-12-21T10:30", fmt="gmail", stage="reminder", ago=7,
         inv="FV26-0851", amt="2.190,10", due="2026-12-01",
         frm="Residencia Els Tarongers - Dirección <direccion@residenciatarongers.es>",
         intent="bank_details",
         note="Received a suspicious 'new IBAN' email; asks the firm to confirm the right account before paying.",
         body="""Buenos días,

Antes de pagar la factura FV26-0851 necesito que me confirméis una cosa. La semana pasada nos llegó un correo, supuestamente vuestro, diciendo que habíais cambiado de banco y que a partir de ahora pagáramos a una cuenta del Sabadell que empieza por ES21 0081... En la factura que tenemos aparece vuestra cuenta de siempre, la de Caixa Popular.

Como hemos oído casos de fraude con cambios de cuenta, no vamos a pagar a la nueva sin que nos lo confirméis por teléfono. ¿Cuál es la cuenta correcta?

Gracias,

Elena Martí Casanova
Directora
Residencia de Mayores Els Tarongers
Tel. 961 26 70 45"""),

    dict(id="s14es014", date="2026-12-21T19:02", fmt="apple", stage="second_reminder", ago=7,
         inv="FV26-0798", amt="960,00", due="2026-11-18",
         frm="Jordi Sanz <jordisanz.fisio@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Partial payment of 400 € made today; the remaining 560 € promised on the 30th (30 December), which is what the firm follows up.",
         body="""Hola,

Esta mañana os he hecho una transferencia de 400 € a cuenta de la factura FV26-0798. Los 560 € restantes os los pago el día 30, que es cuando cobro de las mutuas.

Disculpad el retraso.

Jordi Sanz
Fisioteràpia Sanz
Tel. 687 33 19 02"""),

    dict(id="s14es015", date="2026-12-22T09:20", fmt="tb", stage="final_notice", ago=1,
         inv=[("FV26-0688", "3.872,00", "2026-10-20"), ("FV26-0740", "2.299,00", "2026-11-10")],
         frm="Reformas Albal Martínez <administracion@reformasalbalmartinez.es>",
         intent="plan_request",
         note="Acknowledges the debt and formally asks for a deferral split into monthly payments, calendar left to the firm.",
         body="""Muy Sres. míos:

Acusamos recibo de su último aviso relativo a las facturas FV26-0688 y FV26-0740, cuyo importe conjunto asciende a 6.171,00 €.

No discutimos la deuda, que reconocemos en su totalidad. Sin embargo, dos promotores para los que hemos ejecutado obra este año acumulan retrasos importantes en sus pagos, lo que nos ha dejado en una situación de tesorería muy ajustada de cara al cierre del ejercicio.

Por ello les solicitamos un aplazamiento y, si fuera posible, el fraccionamiento del importe en varias mensualidades a partir del próximo año. Estamos abiertos al calendario que ustedes consideren razonable y, naturalmente, a firmar un reconocimiento de deuda si lo estiman necesario.

Les rogamos que no trasladen el expediente a ninguna empresa de recobro mientras estudian nuestra petición.

Quedamos a la espera de sus noticias.

Atentamente,

Manuel Martínez Alcañiz
Gerente
Reformas y Construcciones Albal Martínez, S.L.
C/ Sant Carles, 9 bajo – 46470 Albal (Valencia)
Tel. 96 127 58 12 – Móvil 609 41 88 20"""),

    dict(id="s14es016", date="2026-12-24T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-0866", amt="314,60", due="2026-12-05",
         frm="Gestoría Ballester <info@gestoriaballester.es>",
         subj="Cerrado por vacaciones de Navidad - Gestoría Ballester",
         intent="out_of_office", return_date="2027-01-07",
         note="Office closed 24 December to 6 January inclusive; reopens Thursday 7 January.",
         body="""Estimado cliente:

Le informamos de que nuestras oficinas permanecerán cerradas por vacaciones de Navidad desde el jueves 24 de diciembre hasta el miércoles 6 de enero, ambos incluidos.

Retomaremos la actividad habitual el jueves 7 de enero de 2027. Su mensaje será atendido a partir de esa fecha por orden de llegada.

Para trámites urgentes con plazo legal puede llamar al 620 45 71 36.

Le deseamos felices fiestas y un próspero año nuevo.

Gestoría Ballester – Asesoría fiscal, laboral y contable
C/ Mayor, 27 – 46470 Catarroja"""),

    dict(id="s14es017", date="2026-12-23T11:11", fmt="gmail", stage="reminder", ago=2,
         inv="FV26-0859", amt="423,50", due="2026-12-10",
         frm="Modas Paquita <modaspaquita.catarroja@gmail.com>",
         intent="promise", promise_date="2026-12-28",
         note="'El lunes 28' = Monday 28 December.",
         body="""Buenos días,

Estos días con las ventas de Navidad no paro. El lunes 28 os lo pago sin falta, que ya tendré la caja de estas fiestas.

Felices fiestas a todo el equipo!!

Paquita"""),

    dict(id="s14es018", date="2026-12-23T17:30", fmt="html_outlook", stage="firm", ago=9,
         inv="FV26-0776", amt="7.865,00", due="2026-11-15",
         frm="Juan Carlos Peiró <jcpeiro@supermercadosvalsol.es>",
         intent="contact_change", new_email="proveedores.facturas@supermercadosvalsol.es",
         note="Maintenance manager does not handle payments; asks that invoices and reminders go to the suppliers' mailbox.",
         body="""Buenas tardes,

Yo soy el responsable de mantenimiento de tiendas y no gestiono pagos. Les agradecería que a partir de ahora todas las facturas, recordatorios y reclamaciones de pago se dirijan directamente al departamento de Proveedores: proveedores.facturas@supermercadosvalsol.es. Desde allí les podrán informar del estado de la factura FV26-0776.

Por favor, actualicen sus datos para que no vuelvan a llegarme a mí.

Saludos,

Juan Carlos Peiró
Responsable de Mantenimiento – Red de Tiendas
Supermercados Valsol, S.A.
Tel. 961 58 30 00 · Móvil 670 12 44 81

Supermercados Valsol, S.A. – Inscrita en el Registro Mercantil de Valencia, Tomo 5821, Folio 112, Hoja V-54210. La información contenida en este mensaje es confidencial y está dirigida exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que nos lo comunique y lo elimine."""),

    dict(id="s14es019", date="2026-12-28T10:05", fmt="gmail", stage="second_reminder", ago=7,
         inv="FV26-0821", amt="1.089,00", due="2026-11-30",
         frm="Falla Plaça del Mercat <secretaria.fallaplacamercat@gmail.com>",
         intent="other",
         note="Secretary of the falla passes the email to the treasurer; no commitment, no new address given.",
         body="""Hola, bon dia,

Soy la secretaria de la falla. Yo no llevo los pagos, se lo paso a nuestro tesorero, Toni Gimeno, que es quien tiene acceso a la cuenta de la comisión. Imagino que os dirá algo él directamente.

Salut i bones festes!

Carla
Secretaria – Falla Plaça del Mercat"""),

    dict(id="s14es020", date="2026-12-29T09:40", fmt="outlook", stage="reminder", ago=1,
         inv="FV26-0872", amt="2.783,00", due="2026-12-15",
         frm="Contabilidad Hotel Mar Blau <contabilidad@hotelmarblau.com>",
         intent="paid", paid_on="2026-12-28",
         note="Transfer made on 28/12/2026.",
         body="""Buenos días,

Les confirmamos que la transferencia correspondiente a la factura FV26-0872 se realizó con fecha 28/12/2026 desde nuestra cuenta de BBVA. Les adjuntamos el justificante bancario.

Un cordial saludo,

Rubén Escrivà
Contabilidad
Hotel Mar Blau ****
Passeig Marítim, 40 – 46730 Gandia
Tel. +34 962 84 11 90"""),

    dict(id="s14es021", date="2026-12-30T20:15", fmt="gmail", stage="reminder", ago=2,
         inv="FV26-0861", amt="145,20", due="2026-12-12",
         frm="david m <davidmoreno1987@gmail.com>",
         intent="promise", promise_date="2027-01-04",
         note="'el lunes' written on Wednesday 30 December = Monday 4 January.",
         body="""ok el lunes lo pago"""),

    dict(id="s14es022", date="2026-12-31T10:20", fmt="apple", stage="reminder", ago=3,
         inv="FV26-0869", amt="96,80", due="2026-12-14",
         frm="Antonio Beltrán <abeltran@telefonica.net>",
         intent="unsubscribe",
         note="Elderly customer asks to be removed from the email sendings; wants post instead.",
         body="""Buenos días,

Les ruego que me den de baja de sus envíos por correo electrónico. No quiero recibir más correos suyos, ni avisos ni publicidad. Tengo 78 años y no me apaño con esto; cualquier cosa que tengan que decirme me la mandan por carta a casa, como se ha hecho toda la vida.

Antonio Beltrán

Enviado desde mi iPad"""),

    dict(id="s14es023", date="2027-01-04T09:02", fmt="bounce",
         inv="FV26-0878", amt="520,30", due="2026-12-18",
         rcpt="info@cafeteriaelsol-alfafar.es", status="5.1.1", mta="smtp-out.eu-west-1.amazonses.com",
         remote="mx1.cafeteriaelsol-alfafar.es",
         diag="550 5.1.1 <info@cafeteriaelsol-alfafar.es>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is the mail system at host smtp-out.eu-west-1.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@cafeteriaelsol-alfafar.es>: host mx1.cafeteriaelsol-alfafar.es[185.47.129.36]
    said: 550 5.1.1 <info@cafeteriaelsol-alfafar.es>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)"""),

    dict(id="s14es024", date="2027-01-04T09:35", fmt="html_outlook", stage="second_reminder", ago=11,
         inv="FV26-0834", amt="1.633,50", due="2026-11-30",
         frm="Administración Clínica Dental Ruzafa <administracion@clinicadentalruzafa.es>",
         intent="paid", paid_on="2026-12-30",
         note="Invoice included in the supplier payment run of 30 December.",
         body="""Buenos días y feliz año,

Acabamos de volver de vacaciones y hemos visto su aviso. La factura FV26-0834 se incluyó en la remesa de pagos a proveedores del pasado 30 de diciembre, así que ya deberían tenerla cobrada o estar a punto de recibirla.

Si no les aparece, díganmelo y le pido al banco el detalle de la remesa.

Saludos cordiales,

Nuria Ferrando
Administración
Clínica Dental Ruzafa
C/ Sueca, 31 – 46006 Valencia · 963 74 20 18"""),

    dict(id="s14es025", date="2027-01-05T12:00", fmt="gmail", stage="firm", ago=1,
         inv="FV26-0848", amt="1.254,00", due="2026-12-02",
         frm="Restaurante La Llotja <reservas@lallotjasilla.es>",
         intent="promise", promise_date="2027-01-08",
         note="'Pasado Reyes, el viernes 8' = Friday 8 January.",
         body="""Hola buenos días,

Sé que vamos tarde, perdona. Diciembre ha sido una locura y mañana es Reyes y tenemos el comedor lleno. Pasado Reyes, el viernes 8, te hago la transferencia del total.

Gracias por la paciencia,
Sergio
La Llotja de Silla"""),

    dict(id="s14es026", date="2027-01-07T10:48", fmt="tb", stage="reminder", ago=3,
         inv=[("FV26-0857", "605,00", "2026-12-10"), ("FV26-0880", "605,00", "2026-12-20")],
         frm="Pau Vidal <pvidal@vidalenginyeria.com>",
         intent="dispute",
         note="Says FV26-0880 duplicates FV26-0857 and asks for it to be cancelled; the valid one will be paid normally, no date. The duplicate must be handled first.",
         body="""Hola,

Revisando vuestro recordatorio veo que nos reclamáis dos facturas de 605,00 €, la FV26-0857 y la FV26-0880. Las dos tienen el mismo concepto ("Revisión instalación eléctrica oficina C/ Colón, 14 – noviembre") y el mismo importe. Nosotros solo encargamos una revisión y el técnico vino una sola vez, el 19 de noviembre.

Entiendo que la segunda es un duplicado. La FV26-0857 la tenemos conformada y se pagará con normalidad; la FV26-0880 no la vamos a pagar. Por favor, anuladla con una rectificativa.

Salut,

Pau Vidal i Ferrer
Vidal Enginyeria i Projectes, S.L.P.
T. 963 51 22 47"""),

    dict(id="s14es027", date="2027-01-07T16:20", fmt="outlook", stage="heads_up", ago=2,
         inv="FV26-0884", amt="3.448,50", due="2027-01-15",
         frm="Cuentas a Pagar - Azulejos Plana Industrial <proveedores@azulejosplana.com>",
         intent="promise", promise_date="2027-01-25",
         note="Pays only on the 25th of each month: the invoice will be paid on 25 January, not on its due date.",
         body="""Buenas tardes,

En respuesta a su aviso, les comunicamos que la factura FV26-0884 está recibida y contabilizada.

Les recordamos que, según nuestras condiciones generales de compra, los pagos a proveedores se efectúan únicamente los días 25 de cada mes (o el día hábil siguiente). Por lo tanto, la factura se abonará mediante transferencia el próximo 25 de enero.

Atentamente,

Departamento de Cuentas a Pagar
Azulejos Plana Industrial, S.A.
Ctra. Castellón-Onda, km 6,2 – 12540 Vila-real (Castellón)
Tel. 964 52 80 00

Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida en virtud de la legislación vigente."""),

    dict(id="s14es028", date="2027-01-08T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="FV26-0877", amt="670,34", due="2026-12-18",
         frm="Carlos Esteve <cesteve@autoescuelaesteve.es>",
         subj_prefix="Re: ",
         intent="out_of_office", return_date="2027-01-18",
         note="Away until Sunday 17 January; back on Monday 18 January.",
         body="""Hola,

Estoy fuera de la oficina hasta el domingo 17 de enero. Durante estos días no podré atender el correo.

Para cualquier gestión de la autoescuela podéis llamar al 96 122 08 64 (secretaría).

Gracias,
Carlos Esteve"""),

    dict(id="s14es029", date="2027-01-11T10:10", fmt="gmail", stage="second_reminder", ago=7,
         inv="FV26-0853", amt="242,00", due="2026-12-05",
         frm="Horta Sud Gestión <alquileres@hortasudgestion.es>",
         intent="bank_details",
         note="Debtor announces its own new account for the direct debit (old account closed, December debit returned).",
         body="""Buenos días,

El recibo de mantenimiento que nos pasasteis en diciembre salió devuelto porque cerramos la cuenta de Bankinter que teníais domiciliada. Es culpa nuestra, no os avisamos del cambio.

Nuestra nueva cuenta para las domiciliaciones es:

Titular: Horta Sud Gestión Inmobiliaria, S.L.
IBAN: ES11 3159 0021 4527 8830 1129 (Caixa Popular)

Os adjunto el nuevo mandato SEPA firmado. Podéis volver a pasar el recibo a esta cuenta cuando queráis.

Un saludo,

Raquel Tormo
Horta Sud Gestión Inmobiliaria
Tel. 961 20 34 55"""),

    dict(id="s14es030", date="2027-01-11T18:33", fmt="gmail", stage="reminder", ago=7,
         inv="FV26-0871", amt="217,80", due="2026-12-15",
         frm="Reformas Quique <reformasquique.vlc@gmail.com>",
         intent="paid", paid_on="2027-01-07",
         note="'desde el jueves' written on Monday 11 January = Thursday 7 January.",
         body="""ola buenas, eso ya esta pagao desde el jueves por tranferencia, miradlo bien porque a mi ya me han echo el cargo. si no os aparece me decis y os mando foto del justificante

quique"""),

    dict(id="s14es031", date="2027-01-12T09:15", fmt="html_gmail", stage="firm", ago=1,
         inv="FV26-0790", amt="544,50", due="2026-11-15",
         frm="Farmacia Domínguez <farmaciadominguez.catarroja@gmail.com>",
         intent="dispute",
         note="Contract was cancelled in writing in September; does not recognise the annual fee and asks for the invoice to be cancelled.",
         body="""Buenos días,

Les escribo en relación con la factura FV26-0790, que nos siguen reclamando.

Esta factura corresponde a la cuota anual del contrato de mantenimiento de climatización para 2027. Sin embargo, les comunicamos por escrito el 14 de septiembre (con burofax incluido) que no renovábamos el contrato, con más de dos meses de antelación, tal como exige la cláusula sexta. Desde entonces ningún técnico suyo ha venido a la farmacia.

Por tanto no reconocemos esta deuda. Les rogamos que anulen la factura y que dejen de reclamarnos intereses de demora, porque no proceden.

Quedo a su disposición para enviarles copia del burofax.

Atentamente,

Lucía Domínguez Sáez
Farmacia Domínguez
Av. Albufera, 57 – 46470 Catarroja
Tel. 961 26 03 19"""),

    dict(id="s14es032", date="2027-01-13T11:40", fmt="outlook", stage="reminder", ago=2,
         inv=[("FV26-0864", "1.028,50", "2026-12-12"), ("FV26-0876", "2.541,00", "2026-12-22")],
         frm="Miguel Ángel Roca <mroca@panificadoraroca.es>",
         intent="promise", promise_date="2027-01-15",
         note="Both invoices to be paid on Friday 15/01; side request for the installation certificate does not block payment.",
         body="""Buenos días,

Las dos facturas (FV26-0864 y FV26-0876) están aprobadas y se pagarán juntas el viernes 15/01 por transferencia.

Aprovecho para preguntaros: ¿nos podéis mandar el certificado de la instalación eléctrica del obrador nuevo (el boletín)? Nos lo pide la aseguradora y todavía no lo tenemos.

Gracias,

Miguel Ángel Roca
Panificadora Roca, S.L.
Pol. Ind. El Bony, C/ 31, nave 4 – 46470 Catarroja
Tel. 96 126 88 40"""),

    dict(id="s14es033", date="2027-01-14T13:00", fmt="none", stage="reminder", ago=3,
         inv="FV26-0883", amt="387,20", due="2026-12-28",
         frm="Lorena Iborra <lore.iborra@yahoo.es>",
         intent="other",
         note="Wrong recipient: says she has never been a customer.",
         body="""Hola,

Creo que os habéis equivocado de persona. Yo no tengo ninguna factura con vosotros ni os he contratado nunca nada. A lo mejor buscáis a otra Lorena o a alguien con un correo parecido al mío.

Revisadlo, por favor.

Lorena"""),

    dict(id="s14es034", date="2027-01-15T10:25", fmt="apple", stage="final_notice", ago=4,
         inv="FV26-0822", amt="698,00", due="2026-11-25",
         frm="Forn Sant Josep <fornsantjosep@gmail.com>",
         intent="promise",
         note="'La semana que viene' is a window, not a single day; the quoted deadline is not her date.",
         body="""Buenos días,

No hace falta llevarlo a ninguna empresa de cobros, por favor. He tenido un mes muy malo con la baja de mi marido y se me ha ido acumulando todo. La semana que viene os lo pago sin falta, de verdad.

Amparo
Forn Sant Josep

Enviado desde mi iPhone"""),

    dict(id="s14es035", date="2027-01-18T09:00", fmt="html_outlook", stage="second_reminder", ago=7,
         inv="FV26-0846", amt="1.161,60", due="2026-12-03",
         frm="Vicente Alborch <valborch@talleresalborch.es>",
         cc="Marta Ortiz <marta.ortiz@talleresalborch.es>",
         intent="contact_change", new_email="marta.ortiz@talleresalborch.es",
         note="No longer handles administration; asks that the firm write to his colleague Marta Ortiz from now on.",
         body="""Buenos días,

Desde el 1 de diciembre ya no llevo la administración de Talleres Alborch; me he pasado al departamento comercial. He reenviado su correo a mi compañera Marta Ortiz (en copia), que es quien se encarga ahora de los pagos a proveedores.

Les agradecería que a partir de ahora le escriban directamente a ella: marta.ortiz@talleresalborch.es

Un saludo,

Vicente Alborch
Dpto. Comercial
Talleres Alborch, S.L.
Tel. 961 22 45 10"""),

    dict(id="s14es036", date="2027-01-19T17:45", fmt="gmail", stage="firm", ago=1,
         inv="FV26-0850", amt="330,00", due="2026-12-04",
         frm="Graham Whitfield <graham.whitfield54@gmail.com>",
         intent="paid", paid_on="2027-01-14",
         note="British resident writing basic Spanish: paid by international transfer on 14 January.",
         body="""Hola,

Perdon por mi español. Yo pagué esta factura por transferencia bancaria el 14 de enero, desde mi banco en Inglaterra (Barclays). Quizás tarda unos dias mas porque es internacional. Tengo el justificante si necesitan.

Por favor no mas intereses, el pago está hecho.

Gracias,
Graham Whitfield
Urb. Los Almendros, 12 - Pego"""),

    dict(id="s14es037", date="2027-01-20T10:20", fmt="html_outlook", stage="reminder", ago=2,
         inv="FV26-0879", amt="5.203,00", due="2026-12-31",
         frm="Gestión Económica - Proveedores <facturacion.proveedores@hsfturia.es>",
         intent="copy_request",
         note="Hospital cannot process the invoice without a purchase-order number; asks for it / a reissued invoice before paying.",
         body="""Estimados señores:

En relación con la factura FV26-0879, les informamos de que no ha podido ser tramitada porque no incluye el número de pedido de compra. Sin ese número nuestro sistema contable rechaza automáticamente la factura y no es posible incluirla en la propuesta de pagos.

Les rogamos que nos indiquen el número de pedido que les facilitó el Servicio de Mantenimiento (empieza por 4500…) o, si no lo tienen, que lo soliciten a D. Ignacio Bellver. Una vez lo tengan, pueden reenviarnos la factura con el número indicado a esta misma dirección.

Atentamente,

Unidad de Gestión Económica – Proveedores
Hospital Sagrada Familia del Turia
Tel. 961 23 45 00 ext. 1142

CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a sus destinatarios. Si ha recibido este mensaje por error, le rogamos que lo comunique al remitente y proceda a su eliminación."""),

    dict(id="s14es038", date="2027-01-21T12:12", fmt="tb", stage="second_reminder", ago=3,
         inv="FV26-0762", amt="2.904,00", due="2026-11-10",
         frm="Cárnicas Hermanos Solaz <administracion@carnicassolaz.es>",
         intent="other",
         note="Company in insolvency proceedings: the claim must be lodged with the insolvency administrator; no payment possible outside the procedure.",
         body="""Muy señores nuestros:

En relación con su requerimiento de pago de la factura FV26-0762, les comunicamos que, por auto del Juzgado de lo Mercantil n.º 2 de Valencia de fecha 11 de diciembre de 2026, la sociedad Cárnicas Hermanos Solaz, S.L. ha sido declarada en concurso voluntario de acreedores (procedimiento concursal n.º 1487/2026).

Conforme al Texto Refundido de la Ley Concursal, la sociedad no puede atender pagos de créditos anteriores a la declaración de concurso al margen del procedimiento. Les rogamos que comuniquen su crédito a la administración concursal, designada en la persona de D. Francisco Javier Miralles Soler, en la dirección concurso.solaz@miralles-abogados.es, aportando copia de la factura y de los justificantes del servicio prestado.

Sin otro particular, reciban un cordial saludo.

Administración
Cárnicas Hermanos Solaz, S.L.
Camí del Racó, s/n – 46389 Turís (Valencia)"""),

    dict(id="s14es039", date="2027-01-25T10:05", fmt="gmail", stage="reminder", ago=7,
         inv="FV26-0886", amt="1.452,00", due="2027-01-10",
         frm="Càtering Delícies de l'Horta <info@deliciesdelhorta.es>",
         intent="promise", promise_date="2027-01-31",
         note="'A final de mes' written on 25 January = 31 January.",
         body="""Buenos días,

Recibido. Lo tenemos previsto pagar a final de mes, junto con el resto de proveedores de enero.

Saludos,
Mónica Sancho
Càtering Delícies de l'Horta
650 38 21 77"""),

    dict(id="s14es040", date="2027-01-27T16:50", fmt="outlook", stage="final_notice", ago=2,
         inv="FV26-0808", amt="3.267,00", due="2026-11-20",
         frm="Cooperativa Sant Isidre <administracio@coopsantisidre.es>",
         intent="paid", paid_on="2027-01-26",
         note="Transfer made 'ayer' = 26 January.",
         body="""Buenas tardes,

Les informamos de que el pago de la factura FV26-0808 se realizó ayer mediante transferencia a su cuenta de Caixa Popular. Lamentamos el retraso: la factura estaba pendiente de aprobación por el Consejo Rector, que no se reunió hasta la semana pasada.

Atentamente,

Josep Lluís Sanchis
Administració
Cooperativa Agrícola Sant Isidre, Coop. V.
Tel. 96 178 02 11"""),
]
