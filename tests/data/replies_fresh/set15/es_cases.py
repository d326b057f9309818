"""Spanish debtor replies (Spain), set 15. Creditor: Instalaciones Ferrando Climatización S.L. (Valencia).
Each body handwritten for its case."""

CASES = [
    dict(id="s15es001", date="2026-12-09T13:47", fmt="gmail", stage="reminder", ago=2,
         inv="F2026-0712", amt="385,00", due="2026-11-20",
         frm="Bar Restaurante El Racó <elraco.benimaclet@gmail.com>",
         intent="promise", promise_date="2026-12-11",
         note="Short promise: Friday after Wednesday 9 December = 11 December.",
         body="""ok, el viernes lo pagamos

Toni"""),

    dict(id="s15es002", date="2026-12-10T10:22", fmt="outlook", stage="second_reminder", ago=3,
         inv="F2026-0648", amt="1.240,00", due="2026-11-05",
         frm="Administración Fincas Soler <admin@fincassoler.es>",
         intent="paid", paid_on="2026-12-09",
         note="Transfer made 'ayer' relative to Thursday 10 December.",
         body="""Buenos días:

Les informo de que ayer se realizó la transferencia correspondiente a la factura F2026-0648 (revisión de la bomba de calor de la Comunidad de Propietarios Avda. Blasco Ibáñez 112). Debería verse reflejada en su cuenta en uno o dos días.

Disculpen el retraso, estábamos esperando la aprobación de la junta.

Un saludo,

Rosa Martínez
Administración de Fincas Soler
C/ Doctor Zamenhof 21, bajo · 46008 Valencia
Tel. 963 84 21 90"""),

    dict(id="s15es003", date="2026-12-07T22:18", fmt="gmail", stage="second_reminder", ago=4,
         inv="F2026-0633", amt="690,00", due="2026-11-10",
         frm="Pedro Gil <pedrogil.cocina@hotmail.es>",
         intent="dispute",
         note="Refuses to pay until the dripping unit is repaired.",
         body="""la maquina del aire de la cocina sigue goteando desde q vinisteis a instalarla, os llame 2 veces y nadie a venido. hasta q no venga alguien a arreglarlo no pago nada

pedro
Enviado desde mi móvil"""),

    dict(id="s15es004", date="2026-12-23T08:31", fmt="ooo", stage="reminder", ago=0,
         inv="F2026-0801", amt="2.315,40", due="2026-12-10",
         frm="Cuentas a pagar - Clínica Ntra. Sra. del Carmen <proveedores@clinicadelcarmen.es>",
         intent="out_of_office", return_date="2027-01-07",
         note="Away until 6 January (a holiday); back Thursday 7 January.",
         body="""Gracias por su mensaje.

El departamento de proveedores permanecerá cerrado por vacaciones de Navidad hasta el 6 de enero inclusive. Su correo será atendido a partir de nuestra reincorporación.

Para asuntos urgentes relacionados con pedidos pueden contactar con Compras en el 961 33 40 12.

Clínica Ntra. Sra. del Carmen
Departamento de Administración"""),

    dict(id="s15es005", date="2026-12-18T12:05", fmt="apple", stage="reminder", ago=1,
         inv="F2026-0755", amt="540,00", due="2026-12-01",
         frm="Lucía Beltrán <lucia@estudiobeltran.es>",
         intent="promise",
         note="Promise 'después de Reyes': a window, no single day.",
         body="""Hola,

Sí, la tengo pendiente, perdonad. Ahora mismo mi gestora está de vacaciones y es quien me hace los pagos, así que os lo pagamos después de Reyes.

Felices fiestas!

Lucía Beltrán
Estudio Beltrán · Arquitectura interior
620 41 77 83"""),

    dict(id="s15es006", date="2027-01-14T16:40", fmt="gmail", stage="final_notice", ago=2,
         inv="F2026-0590", amt="3.180,00", due="2026-10-25",
         frm="Cafetería La Estación <cafeterialaestacion.xativa@gmail.com>",
         intent="plan_request",
         note="Asks to split the debt into three instalments; no date committed.",
         body="""Buenas tardes,

He recibido el aviso y no quiero llegar a un monitorio por nada del mundo. El problema es que la cámara frigorífica nos pilló en un momento muy malo y después de Navidad el bar está muy flojo, enero es el peor mes del año para nosotros.

¿Sería posible pagarlo en tres plazos? Así sí que puedo ir haciéndole frente. Díganme cómo lo ven y qué necesitan de mí.

Gracias y perdonen las molestias.

Amparo Sanchis
Cafetería La Estación - Xàtiva"""),

    dict(id="s15es007", date="2027-01-19T09:14", fmt="html_outlook", stage="second_reminder", ago=5,
         inv="F2026-0677", amt="4.862,10", due="2026-11-30",
         frm="Intervención - Ajuntament d'Alboraia <intervencion@alboraia-ajuntament.es>",
         intent="copy_request",
         note="Town hall cannot pay: invoice not filed in FACe; asks them to submit it with the DIR3 codes.",
         body="""Buenos días,

En relación con su correo, les comunicamos que no consta en este Ayuntamiento ninguna factura con el número F2026-0677 presentada a través del punto general de entrada de facturas electrónicas (FACe).

De acuerdo con la Ley 25/2013, las facturas dirigidas a la Administración deben presentarse obligatoriamente en formato electrónico a través de FACe, indicando los siguientes códigos DIR3:

Oficina contable: L01460061
Órgano gestor: L01460061
Unidad tramitadora: L01460061

Una vez registrada la factura, se remitirá al departamento correspondiente para su conformidad y posterior aprobación. Mientras tanto no es posible tramitar el pago.

Atentamente,

Departamento de Intervención
Ajuntament d'Alboraia
Tel. 961 71 70 00 (ext. 214)

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, le rogamos que lo comunique al remitente y lo elimine."""),

    dict(id="s15es008", date="2026-12-15T19:30", fmt="gmail", stage="second_reminder", ago=6,
         inv="F2026-0655", amt="1.860,00", due="2026-11-15",
         frm="Tresorer Falla Plaça del Mercat <tresoreria.fallaplacamercat@gmail.com>",
         intent="paid", paid_on="2026-12-15",
         note="Partial payment of 700 EUR made today; rest vague (when the grant arrives).",
         body="""Bona vesprada / buenas tardes,

Os escribo como tesorero de la falla. Hoy os hemos hecho una transferencia de 700 € a cuenta de la factura F2026-0655 (la del aire del casal). El resto os lo pagaremos en cuanto nos ingresen la subvención del Ayuntamiento, que ya sabéis cómo van estas cosas...

En el concepto he puesto "FALLA PL MERCAT F2026-0655".

Salut,
Quique Ferrer
Tresorer"""),

    dict(id="s15es009", date="2027-01-12T11:02", fmt="outlook", stage="reminder", ago=1,
         inv=[("F2026-0789", "2.940,00", "2026-12-15"), ("F2026-0810", "1.115,50", "2026-12-20")],
         frm="Cuentas a Pagar Hoteles Costa Azahar <cuentasapagar@hotelescostaazahar.com>",
         intent="promise", promise_date="2027-01-31",
         note="Both invoices to be paid 'a final de mes' = 31 January.",
         body="""Buenos días,

Les confirmamos que las facturas F2026-0789 y F2026-0810 están ya contabilizadas y conformadas por el director del Hotel Orange Beach.

Se incluirán en la remesa de pagos a proveedores de final de mes, por lo que recibirán el importe íntegro de ambas a final de enero.

Saludos cordiales,

Mónica Ribes Vidal
Departamento de Contabilidad – Cuentas a Pagar
Hoteles Costa Azahar S.A.
Paseo Marítimo 45 · 12560 Benicàssim (Castellón)
T. +34 964 30 12 55

AVISO LEGAL: Este mensaje se dirige exclusivamente a su destinatario y puede contener información privilegiada o confidencial. Si ha recibido este mensaje por error, le rogamos que nos lo comunique inmediatamente por esta misma vía y proceda a su destrucción."""),

    dict(id="s15es010", date="2027-01-20T12:48", fmt="outlook", stage="second_reminder", ago=2,
         inv="F2026-0834", amt="1.772,00", due="2026-12-30",
         frm="Jordi Puig | Talleres Puig Hermanos <administracion@tallerespuig.com>",
         intent="bank_details",
         note="Received an email announcing a new IBAN; wants confirmation before paying.",
         body="""Hola buenos días,

Íbamos a pagar hoy la factura F2026-0834, pero la semana pasada nos llegó un correo supuestamente de vuestra parte diciendo que habíais cambiado de banco y que a partir de ahora el pago se hiciera a una cuenta que empieza por ES45 1465... (ING).

Nos ha parecido raro porque venía de una dirección que no es la vuestra de siempre. Antes de hacer nada, ¿nos podéis confirmar cuál es vuestro IBAN correcto? Si podéis, llamadme por teléfono mejor.

Gracias,

Jordi Puig
Talleres Puig Hermanos S.L.
Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 8 · Paterna
Tel. 961 32 08 74 / 654 20 19 88"""),

    dict(id="s15es011", date="2026-12-11T09:37", fmt="html_gmail", stage="reminder", ago=2,
         inv="F2026-0728", amt="615,00", due="2026-11-25",
         frm="Recepción Hostal Ruzafa <recepcion.hostalruzafa@gmail.com>",
         intent="contact_change", new_email="facturas@hostalruzafa.es",
         note="Asks that invoices and reminders go to facturas@hostalruzafa.es.",
         body="""Hola buenos días,

Este correo es el de recepción y aquí no llevamos los pagos, por eso seguramente no os han contestado antes. Por favor a partir de ahora enviad las facturas y los avisos a facturas@hostalruzafa.es que es el de administración. Ya les he reenviado este.

Muchas gracias,
Sergio - Recepción
Hostal Ruzafa"""),

    dict(id="s15es012", date="2027-01-26T20:55", fmt="gmail", stage="firm", ago=3,
         inv="F2026-0702", amt="212,00", due="2026-11-30",
         frm="Manuel Castelló <mcastello61@telefonica.net>",
         intent="unsubscribe",
         note="Asks to stop the automatic emails; says he deals by phone.",
         body="""Buenas noches,

Por favor, dejen de mandarme estos correos automáticos, no quiero recibir más. Ya hablé con Ramón por teléfono de lo de la revisión y quedamos en que lo arreglaríamos entre nosotros. Denme de baja de este sistema de avisos.

Manuel Castelló"""),

    dict(id="s15es013", date="2026-12-14T08:34", fmt="bounce", stage="reminder",
         inv="F2026-0741", rcpt="compras@panaderiaalbiol.es", status="5.1.1",
         remote="mx.panaderiaalbiol.es",
         diag="550 5.1.1 <compras@panaderiaalbiol.es>: Recipient address rejected: User unknown in virtual mailbox table",
         intent="bounce",
         body="""This is the mail system at host a8-31.smtp-out.amazonses.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<compras@panaderiaalbiol.es>: host mx.panaderiaalbiol.es[185.42.104.17] said:
    550 5.1.1 <compras@panaderiaalbiol.es>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)"""),

    dict(id="s15es014", date="2026-12-23T14:02", fmt="ooo", stage="reminder", ago=1,
         inv="F2026-0766", amt="1.398,00", due="2026-12-05",
         frm="Secretaría Colegio San Vicente Ferrer <secretaria@colegiosanvicenteferrer.es>",
         intent="out_of_office", return_date="2027-01-08",
         note="School closed 23 December to 7 January; back Friday 8 January.",
         body="""Estimadas familias y proveedores:

Les informamos de que la secretaría y la administración del colegio permanecerán cerradas por vacaciones de Navidad del 23 de diciembre al 7 de enero, ambos incluidos.

Los correos recibidos durante este periodo se atenderán a partir de la vuelta, por orden de llegada.

¡Feliz Navidad y próspero Año Nuevo!

Colegio San Vicente Ferrer
Administración"""),

    dict(id="s15es015", date="2026-12-29T10:11", fmt="apple", stage="reminder", ago=1,
         inv="F2026-0779", amt="148,50", due="2026-12-15",
         frm="Carla Monzó <carla.monzo@icloud.com>",
         intent="paid", paid_on="2026-12-29",
         note="Just paid by card through the link.",
         body="""Hecho! Acabo de pagarla con tarjeta desde el enlace. Perdón, se me había pasado con las fiestas.

Un saludo

Enviado desde mi iPhone"""),

    dict(id="s15es016", date="2027-01-08T17:26", fmt="gmail", stage="reminder", ago=2,
         inv="F2026-0820", amt="760,00", due="2026-12-28",
         frm="Ferretería Hnos. Guillem <ferreteriaguillem@gmail.com>",
         intent="promise", promise_date="2027-01-15",
         note="'El 15' after 8 January = 15 January.",
         body="""Buenas tardes,

Recibido. Os lo pago el 15, que es cuando hacemos los pagos a proveedores todos los meses. Si me mandáis las facturas con un poco más de margen os lo agradezco, que con las rebajas vamos locos.

Saludos
Vicent Guillem
Ferretería Hnos. Guillem - Sueca
962 17 05 39"""),

    dict(id="s15es017", date="2026-12-17T12:33", fmt="html_outlook", stage="second_reminder", ago=3,
         inv="F2026-0721", amt="2.087,80", due="2026-11-28",
         frm="Dirección Hotel Mediterráneo Plaza <direccion@hotelmediterraneoplaza.es>",
         intent="dispute",
         note="Contests labour hours (6 h invoiced vs 3 h signed); asks for a corrective invoice before paying.",
         body="""Estimados señores:

Hemos revisado la factura F2026-0721 correspondiente a la reparación de la enfriadora de la cubierta y no estamos conformes con el importe.

En la factura figuran 6 horas de mano de obra de dos técnicos, mientras que en el parte de trabajo firmado por nuestro jefe de mantenimiento el día de la intervención constan 3 horas. Además, se ha facturado un desplazamiento que, según nuestro contrato de mantenimiento, está incluido en la cuota.

Les rogamos que revisen la factura y nos emitan una factura rectificativa. Hasta entonces no podemos dar curso al pago.

Quedamos a la espera de sus noticias.

Atentamente,

Elena Navarro Císcar
Directora
Hotel Mediterráneo Plaza ****
Plaza del Ayuntamiento 6 · 46002 Valencia
Tel. 963 52 44 10"""),

    dict(id="s15es018", date="2027-01-05T10:58", fmt="apple", stage="second_reminder", ago=6,
         inv="F2026-0774", amt="438,00", due="2026-12-10",
         frm="Dr. Andrés Roig <andres.roig@fisioroig.es>",
         cc="Gestoría Llorca <clientes@gestoriallorca.com>",
         intent="other",
         note="Forwards to his gestoría who handles payments; no commitment or date.",
         body="""Buenos días,

Les pongo en copia a mi gestoría, que son quienes me llevan los pagos a proveedores. Ya les he pedido que lo revisen y que se pongan en contacto con ustedes si falta algo.

Un saludo,

Andrés Roig
Fisioterapia Roig
Av. del Puerto 88 · Valencia"""),

    dict(id="s15es019", date="2026-12-16T09:05", fmt="gmail", stage="second_reminder", ago=2, fwd=True,
         inv="F2026-0735", amt="1.526,00", due="2026-11-30",
         frm="Marta Alonso <administracion@arroceriacasapepa.es>",
         intent="promise", promise_date="2026-12-21",
         note="Assistant forwards the manager's answer: 'el lunes 21' = 21 December.",
         body="""Buenos días,

Os reenvío lo que me contestó ayer Javier sobre el aviso que nos mandasteis.

Saludos,
Marta
Administración - Arrocería Casa Pepa

---------- Mensaje reenviado ---------
De: Javier Llopis <javier@arroceriacasapepa.es>
Date: mar, 15 dic 2026 a las 23:12
Subject: Re: Segundo aviso factura Ferrando
To: Marta Alonso <administracion@arroceriacasapepa.es>

Marta diles que la pagamos el lunes 21 sin falta, estos días con las cenas de empresa no me da la vida.
J."""),

    dict(id="s15es020", date="2027-01-07T13:15", fmt="tb", stage="second_reminder", ago=1,
         inv=[("F2026-0747", "925,00", "2026-12-05"), ("F2026-0790", "310,00", "2026-12-20")],
         frm="Comercial Agrícola Ribera <contabilidad@agricolaribera.es>",
         intent="paid", paid_on="2027-01-04",
         note="Both invoices paid by transfer on Monday 4 January.",
         body="""Buenas,

Las dos facturas (F2026-0747 y F2026-0790) se pagaron por transferencia el lunes día 4, en un solo pago de 1.235,00 €. Supongo que se habrá cruzado con vuestro aviso. Si no os aparece decídmelo y os mando el justificante.

Saludos,

--
Salvador Peris
Contabilidad
Comercial Agrícola Ribera S.C.V.
Ctra. Alzira-Carcaixent km 2 · 46600 Alzira
Tel. 962 41 55 03"""),

    dict(id="s15es021", date="2026-12-21T19:44", fmt="none", stage="firm", ago=4,
         inv="F2026-0669", amt="2.450,00", due="2026-11-10",
         frm="Vicente Alapont <vicentealapont@yahoo.es>",
         intent="promise",
         note="'la semana que viene sin falta': a window, no single day.",
         body="""buenas soy vicente el de la finca de picassent, lo del motor del pozo
ya se que lo tengo pendiente, estamos con la naranja y hasta q no cobro de la cooperativa no puedo. la semana que viene sin falta os lo pago
perdonad"""),

    dict(id="s15es022", date="2027-01-21T10:20", fmt="outlook", stage="reminder", ago=2,
         inv="F2026-0841", amt="3.612,00", due="2027-01-05",
         frm="Proveedores Hospital Levante Norte <proveedores@hospitalnortelevante.es>",
         intent="copy_request",
         note="Invoice lacks the purchase-order number; asks them to reissue it with PO.",
         body="""Buenos días,

Hemos recibido su recordatorio. La factura F2026-0841 fue rechazada por nuestro sistema porque no incluye el número de pedido, que es obligatorio para todas las facturas de proveedores.

Les rogamos que nos la vuelvan a enviar indicando el nº de pedido 4500218377 y, si es posible, con el albarán firmado por el servicio de mantenimiento adjunto. Una vez la recibamos correctamente se tramitará según el vencimiento habitual.

Un saludo,

Departamento de Proveedores
Tel. 963 00 87 20"""),

    dict(id="s15es023", date="2027-01-13T08:30", fmt="ooo", stage="second_reminder", ago=0,
         inv="F2026-0798", amt="867,60", due="2026-12-18",
         frm="Nuria Esteve <nesteve@gestionintegralmarina.com>",
         intent="out_of_office", return_date="2027-01-18",
         note="Auto-reply: back Monday 18 January.",
         body="""Hola,

Estoy fuera de la oficina y me reincorporaré el lunes 18 de enero. Durante mi ausencia no tendré acceso al correo.

Para temas de facturación pueden escribir a mi compañero Raúl Gómez (rgomez@gestionintegralmarina.com).

Gracias,
Nuria Esteve"""),

    dict(id="s15es024", date="2027-01-25T21:07", fmt="gmail", stage="second_reminder", ago=4,
         inv="F2026-0815", amt="4.390,00", due="2026-12-31",
         frm="Begoña Sanz <bego.sanz.valencia@gmail.com>",
         intent="plan_request",
         note="Private customer asks to pay the new boiler over several months; no date.",
         body="""Hola buenas noches,

Os escribo por la factura de la caldera nueva. Sé que tendría que haberla pagado ya, pero entre la Navidad y que a mi marido le han hecho un ERTE este mes no llegamos a pagar los 4.390 € de golpe.

¿Habría alguna posibilidad de pagarla en varios meses? Aunque sea con algún recargo. No es que no queramos pagar, es que ahora mismo no podemos todo junto.

Muchas gracias de antemano,
Begoña Sanz
C/ Cuba 37, 4ª"""),

    dict(id="s15es025", date="2026-12-17T18:09", fmt="gmail", stage="reminder", ago=2,
         inv="F2026-0759", amt="275,00", due="2026-12-05",
         frm="Rafa Montesinos <rafamontesinos.electricidad@gmail.com>",
         intent="paid", paid_on="2026-12-14",
         note="Paid 'el lunes' before Thursday 17 December = 14 December.",
         body="""ola, eso ya esta pagado lo hize el lunes por transferencia desde la app del sabadell, mirarlo bien porfa

rafa"""),

    dict(id="s15es026", date="2027-01-27T11:44", fmt="html_gmail", stage="firm", ago=5,
         inv="F2026-0804", amt="1.980,00", due="2026-12-20",
         frm="Óptica Vila <info@opticavila.es>",
         intent="dispute",
         note="Invoice exceeds accepted quote (1.450 + IVA); wants it corrected.",
         body="""Buenos días,

No entiendo este aviso ni el tono. El presupuesto que os aceptamos en octubre para el cambio de los dos splits de la tienda era de 1.450 € más IVA, y nos habéis facturado 1.980 € sin avisarnos de ningún extra.

Nosotros pagamos lo que firmamos. Cuando nos mandéis la factura ajustada al presupuesto la pagamos en el momento, pero esta no.

Tengo el presupuesto firmado si lo necesitáis.

Carmen Vila
Óptica Vila - Gandia"""),

    dict(id="s15es027", date="2026-12-22T09:51", fmt="html_gmail", stage="reminder", ago=1,
         inv="F2026-0782", amt="495,00", due="2026-12-15",
         frm="Pastelería Ana Mari <pasteleria.anamari@gmail.com>",
         intent="promise", promise_date="2026-12-30",
         note="Promise for 30 December plus a service question.",
         body="""Buenos días,

Perdonad, lo tenía apuntado y se me ha ido. Os la pago el miércoles 30, que antes con los roscones no tengo tiempo ni de mirar el banco.

Por cierto, el aparato del obrador hace un ruido raro cuando arranca, ¿podría pasarse alguien a mirarlo a la vuelta de las fiestas?

Gracias y feliz Navidad!
Ana Mari"""),

    dict(id="s15es028", date="2026-12-23T12:17", fmt="html_outlook", stage="second_reminder", ago=2,
         inv="F2026-0726", amt="6.124,00", due="2026-11-30",
         frm="Cuentas a Pagar Logística Levante <cpagar.riba-roja@logisticalevante-sa.es>",
         intent="paid", paid_on="2026-12-22",
         note="Transfer made 22/12/2026, proof attached.",
         body="""Buenos días,

Adjuntamos justificante de la transferencia realizada con fecha 22/12/2026 por importe de 6.124,00 €, correspondiente a la factura F2026-0726.

Rogamos que en adelante, para cualquier incidencia con el pago, se pongan en contacto con este departamento.

Saludos cordiales,

Departamento de Cuentas a Pagar
Logística Levante S.A.
Polígono Industrial El Oliveral, C/ R 3 · 46394 Riba-roja de Túria

La información contenida en este correo electrónico es confidencial y está dirigida únicamente a su destinatario. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de Logística Levante S.A."""),

    dict(id="s15es029", date="2027-01-15T13:26", fmt="outlook", stage="final_notice", ago=3,
         inv=[("F2026-0598", "5.240,00", "2026-10-20"), ("F2026-0641", "1.380,00", "2026-11-05")],
         frm="Construcciones Mestre Albiñana S.L. <administracion@mestrealbinana.es>",
         intent="other",
         note="Company in insolvency proceedings (concurso); creditor must file its claim with the administrator.",
         body="""Muy Sres. nuestros:

En relación con su requerimiento, les comunicamos que por Auto del Juzgado de lo Mercantil n.º 2 de Valencia de fecha 27 de noviembre de 2026 se ha declarado el concurso voluntario de acreedores de Construcciones Mestre Albiñana S.L. (procedimiento 1184/2026).

En consecuencia, la sociedad no puede atender pagos de créditos anteriores a la declaración de concurso. Deberán comunicar su crédito a la administración concursal, designada en la persona de D. Fernando Miralles Tormo (administracion.concursal@mirallesabogados.es), en el plazo legalmente establecido, acompañando copia de las facturas.

Atentamente,

Administración
Construcciones Mestre Albiñana S.L. – en concurso"""),

    dict(id="s15es030", date="2026-12-09T11:38", fmt="outlook", stage="reminder", ago=1,
         inv="F2026-0713", amt="89,00", due="2026-12-01",
         frm="Gestión Residencial El Pinar <administracion@residencialelpinar.es>",
         intent="bank_details",
         note="Announces its own new account for the direct debit (old one closed, receipt returned).",
         body="""Buenos días,

El recibo del mantenimiento de diciembre os ha venido devuelto porque cerramos la cuenta de Bankinter. Os adjunto la nueva orden de domiciliación SEPA firmada; la cuenta nueva es:

ES21 3058 2231 4627 2000 1385 (Cajamar)

Podéis volver a girarlo a esta cuenta, así como los próximos recibos.

Gracias,
Pilar Doménech
Residencial El Pinar – Oficina de la comunidad
Tel. 961 42 88 06"""),

    dict(id="s15es031", date="2027-01-19T17:52", fmt="tb", stage="second_reminder", ago=3,
         inv="F2026-0826", amt="1.045,00", due="2026-12-31",
         frm="Jaume Company <jaume@companyenginyeria.cat>",
         intent="promise", promise_date="2027-01-20",
         note="'mañana' after Tuesday 19 January = 20 January.",
         body="""Hola,

Tenéis razón, se me quedó en la bandeja de pendientes. Mañana a primera hora os hago la transferencia.

Salut,

--
Jaume Company i Ferrer
Enginyer industrial
Company Enginyeria · Carrer de Cirilo Amorós 50 · 46004 València
+34 679 30 22 14"""),

    dict(id="s15es032", date="2027-01-04T09:27", fmt="gmail", stage="second_reminder", ago=7,
         inv="F2026-0771", amt="230,00", due="2026-12-12",
         frm="Isabel Cuenca <isacuenca75@hotmail.com>",
         intent="paid", paid_on="2027-01-04",
         note="Instant transfer made this morning.",
         body="""Buenos días y feliz año,

Os acabo de hacer una transferencia inmediata de los 230 €. He puesto en el concepto mi nombre y el número de factura. Perdonad el retraso, estuvimos fuera todas las fiestas.

Isabel"""),

    dict(id="s15es033", date="2026-12-30T12:40", fmt="gmail", stage="second_reminder", ago=5,
         inv="F2026-0761", amt="352,00", due="2026-12-08",
         frm="Restaurante Sol i Lluna <reservas@solilluna-valencia.es>",
         intent="copy_request",
         note="Never received the invoice; asks for it to be sent again.",
         body="""Hola,

Esa factura no nos ha llegado nunca, no la tenemos en la carpeta de proveedores. ¿Nos la podéis mandar otra vez en PDF? En cuanto la tenga se la paso a la gestoría.

Gracias
Laura"""),

    dict(id="s15es034", date="2027-01-11T16:15", fmt="apple", stage="firm", ago=4,
         inv="F2026-0684", amt="1.120,00", due="2026-11-15",
         frm="Ernesto Pallardó <epallardo@pallardofincas.com>",
         intent="contact_change",
         note="He no longer manages this building; reminders should go to the new administrator (phone only, no email).",
         body="""Buenas tardes,

Desde el 1 de diciembre ya no soy el administrador de la Comunidad C/ Sueca 54. La junta cambió de administración y ahora la lleva Fincas Turia, en la calle Cuba. Todo lo relativo a esa comunidad, incluida esta factura, tienen que dirigirlo a ellos, no a mí. Su teléfono es el 963 41 90 27.

Yo ya les pasé toda la documentación en el traspaso.

Un saludo,
Ernesto Pallardó
Administrador de Fincas Colegiado n.º 1432"""),

    dict(id="s15es035", date="2026-12-29T07:58", fmt="ooo", stage="reminder", ago=0,
         inv="F2026-0792", amt="1.650,00", due="2026-12-20",
         frm="Francisco Marí <fmari@distribucionesmari.es>",
         intent="out_of_office", return_date="2027-01-11",
         note="Away 28 December to 8 January inclusive; back Monday 11 January.",
         body="""Buenos días:

Estaré ausente del 28 de diciembre al 8 de enero, ambos inclusive, sin acceso al correo electrónico.

Para cualquier asunto urgente, pueden llamar a la oficina al 965 12 44 80.

Un saludo,
Francisco Marí
Distribuciones Marí S.L."""),

    dict(id="s15es036", date="2027-01-14T10:03", fmt="html_outlook", stage="second_reminder", ago=1,
         inv="F2026-0758", amt="3.025,00", due="2026-12-15",
         frm="Tesorería Ayuntamiento de Llíria <tesoreria@lliria-ayto.es>",
         intent="promise", promise_date="2027-01-22",
         note="Invoice approved; included in the payment order of Friday 22 January.",
         body="""Buenos días,

En respuesta a su correo, le informamos de que la factura F2026-0758 (mantenimiento de climatización del Centro Cultural) fue aprobada por Decreto de Alcaldía el pasado 11 de enero.

El pago se incluirá en la próxima relación de transferencias, que se ejecutará el viernes 22 de enero.

Atentamente,

Tesorería Municipal
Ayuntamiento de Llíria
Plaza Mayor 1 · 46160 Llíria
Tel. 962 79 82 82

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de carácter confidencial exclusivamente dirigida a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita del Ayuntamiento."""),

    dict(id="s15es037", date="2027-01-28T23:31", fmt="gmail", stage="final_notice", ago=3,
         inv="F2026-0617", amt="2.760,00", due="2026-11-01",
         frm="Gimnasio FitZone Torrent <fitzonetorrent@gmail.com>",
         intent="dispute",
         note="Angry refusal: the installation leaks; will not pay until fixed.",
         body="""Esto ya es el colmo. Me amenazáis con un monitorio cuando os he mandado fotos TRES veces de la fuga de agua que tiene la máquina que instalasteis en la sala de spinning. Tengo el techo de escayola manchado y los clientes quejándose.

Ni un euro hasta que vengáis a arreglarlo como es debido. Y si queréis ir al juzgado id, que yo también tengo mis fotos y mis correos.

Sergio Lozano
FitZone Torrent"""),

    dict(id="s15es038", date="2027-01-21T14:36", fmt="apple", stage="reminder", ago=2,
         inv="F2026-0837", amt="320,00", due="2027-01-10",
         frm="Alberto Ruiz Climent <albertoruizc@icloud.com>",
         intent="promise", promise_date="2027-01-26",
         note="'el martes' after Thursday 21 January = Tuesday 26 January.",
         body="""Hola, perdona, me ingresan la nómina a final de semana. Te lo pago el martes sin falta.

Alberto

Enviado desde mi iPhone"""),

    dict(id="s15es039", date="2026-12-14T15:20", fmt="gmail", stage="reminder", ago=3,
         inv="F2026-0738", amt="455,00", due="2026-11-28",
         frm="Mari Carmen Tortosa <mctortosa@gmail.com>",
         intent="other",
         note="Says she is not a customer; wrong recipient.",
         body="""Buenas tardes,

Creo que se han equivocado de persona. Yo no tengo ningún aparato de aire ni les he contratado nada, nunca he sido clienta suya. Será otra persona con un nombre parecido o se habrán equivocado al apuntar el correo.

Un saludo,
Mari Carmen"""),

    dict(id="s15es040", date="2027-01-11T12:09", fmt="outlook", stage="reminder", ago=3,
         inv="F2026-0803", amt="178,00", due="2026-12-31",
         frm="Comunidad Prop. Edificio Aragón <cpedificioaragon@telefonica.net>",
         intent="paid", paid_on="2027-01-05",
         note="Direct debit charged on the 5th.",
         body="""Buenos días,

Ese recibo lo tenemos domiciliado y el banco nos lo cargó el día 5, lo tengo aquí en el extracto. Revisen ustedes sus cobros, por favor.

Saludos,
José Luis Sáez
Presidente de la Comunidad"""),
]
