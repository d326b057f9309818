"""Spanish debtor replies to Hardy Joinery's (English) reminders, written by hand. Run: python3 build_es.py

Debtors are Spanish firms and people invoiced in euros; the quoted reminder is the English letter they received.
Calendar: Nov 2026 Mondays 2, 9, 16, 23, 30; Fridays 6, 13, 20, 27. Dec: Mondays 7, 14; Fridays 4, 11, 18.
"""
from pathlib import Path

from mailwrap import Case as C
from mailwrap import build

ES = "ES"

cases = [
    # ---------------------------------------------------------------- promise (12)
    C("es001", "promise", ES, "Javier Moreno <jmoreno@reformasmoreno.es>", "2026-11-09 12:40", "gmail", "reminder",
      "INV-2011:1,240.00", """
Hola,

Perdonad el retraso, se nos pasó. Lo pagaremos antes del día 15.

Un saludo,
Javier
""", labels={"promise_date": "2026-11-15",
             "note": "'antes del día 15' taken as a deadline of 15 Nov (a strict 'before' reading would give 14 Nov)"}),

    C("es002", "promise", ES, "Lucía Fernández <lucia.fernandez@hostalelfaro.com>", "2026-11-12 17:05", "outlook", "second_reminder",
      "INV-2014:2,680.00", """
Buenas tardes:

Hemos recibido su recordatorio. Les confirmo que la factura quedará pagada a finales de mes, cuando cerremos la temporada.

Saludos cordiales,

Lucía Fernández
Administración
Hostal El Faro
Paseo Marítimo 23, 29780 Nerja (Málaga)
Tel. 952 55 01 34
""", labels={"promise_date": "2026-11-30", "note": "'a finales de mes' = last day of November"}),

    C("es003", "promise", ES, "Pablo Ruiz <pabloruiz.carpinteria@gmail.com>", "2026-11-17 08:22", "iphone", "reminder",
      "INV-2018:480.00", """
el viernes te lo pago sin falta
""", labels={"promise_date": "2026-11-20", "note": "'el viernes' from Tue 17 Nov = 20 Nov"}),

    C("es004", "promise", ES, "Marta Gil <marta.gil@gilasesores.es>", "2026-11-09 10:15", "html_outlook", "reminder",
      "INV-2012:915.00", """
Buenos días,

Gracias por el aviso. La factura está aprobada y se pagará el 12/11 en la próxima remesa.

Atentamente,

Marta Gil
Gil Asesores, S.L.
C/ Colón 18, 3º, 46004 Valencia
""", labels={"promise_date": "2026-11-12", "note": "day-first 12/11 = 12 November"}),

    C("es005", "promise", ES, "Antonio Navarro <anavarro@navarroyhijos.es>", "2026-11-19 13:30", "gmail", "second_reminder",
      "INV-2020:1,760.00", """
Hola, la semana que viene os hacemos el pago. Disculpad.

Antonio Navarro
""", labels={"note": "'la semana que viene' with no day: no promise_date"}),

    C("es006", "promise", ES, "Elena Castro <elena@castrointeriorismo.com>", "2026-11-25 19:48", "gmail", "firm",
      "INV-2009:3,200.00", """
Hola,

Tenéis toda la razón, lo siento mucho. Mañana sin falta hago la transferencia.

Elena
""", labels={"promise_date": "2026-11-26"}),

    C("es007", "promise", ES, "Francisco Romero <francisco.romero@romeroconstrucciones.es>", "2026-11-20 11:10", "outlook", "firm",
      "INV-2007:4,350.00", """
Estimados señores:

En respuesta a su escrito, les comunico que estamos pendientes del cobro de una certificación de obra del Ayuntamiento. Les abonaremos el importe íntegro el día 5 del mes que viene.

Rogamos disculpen las molestias.

Atentamente,

Francisco Romero
Gerente
Romero Construcciones, S.L.
Avda. de Andalucía 45, 41005 Sevilla
""", labels={"promise_date": "2026-12-05", "note": "'el día 5 del mes que viene' from 20 Nov = 5 Dec"}),

    C("es008", "promise", ES, "Carmen López <carmenlopez@clinicadentallopez.es>", "2026-12-07 09:35", "html_gmail", "second_reminder",
      "INV-2025:1,090.00", """
Buenos días,

Se me había traspapelado. Queda programado el pago para el 18 de diciembre.

Un saludo,
Carmen López
Clínica Dental López
""", labels={"promise_date": "2026-12-18"}),

    C("es009", "promise", ES, "Raúl Ortega <raul@ortegareformas.es>", "2026-11-11 21:02", "gmail", "second_reminder",
      "INV-2013:2,050.00", """
Hola,

Sé que vamos tarde. El cliente de esa obra todavía no me ha pagado a mí. En cuanto cobre, os pago a vosotros, de verdad.

Raúl
""", labels={"note": "promise without a date, conditional on his customer paying"}),

    C("es010", "promise", ES, "Isabel Martín <imartin@hotelcasamartin.es>", "2026-11-26 16:18", "outlook", "reminder",
      "INV-2022:1,380.00", """
Hola,

Lo dejamos pagado a principios de la semana que viene.

Un saludo,
Isabel Martín
""", labels={"note": "'a principios de la semana que viene' with no day: no promise_date (roughly 30 Nov - 2 Dec)"}),

    C("es011", "promise", ES, "David Serrano <dserrano@serranoarquitectura.es>", "2026-11-23 12:00", "html_gmail", "second_reminder",
      "INV-2019:2,900.00", """
Hola,

Os lo pagamos dentro de 10 días como máximo.

Gracias,
David Serrano
""", labels={"promise_date": "2026-12-03", "note": "'dentro de 10 días' from Mon 23 Nov = 3 Dec"}),

    C("es012", "promise", ES, "Nuria Vidal <nuria.vidal@vidalmobiliario.es>", "2026-11-25 10:42", "outlook", "reminder",
      "INV-2023:1,645.00", """
Hola,

¿Nos podéis confirmar el IBAN? El que tenemos es de una factura antigua y no quiero equivocarme. Lo pagaremos el lunes 30.

Saludos,
Nuria Vidal
Vidal Mobiliario
""", labels={"promise_date": "2026-11-30", "note": "promise mixed with a question about the IBAN"}),

    # ---------------------------------------------------------------- paid (10)
    C("es013", "paid", ES, "Sergio Domínguez <sergio@dominguezinstalaciones.es>", "2026-11-10 11:25", "html_gmail", "reminder",
      "INV-2015:760.00", """
Hola, ya hemos hecho la transferencia. Un saludo.
""", labels={"note": "no date stated"}),

    C("es014", "paid", ES, "Administración <administracion@bodegasolmo.es>", "2026-11-09 13:50", "outlook", "second_reminder",
      "INV-2010:2,240.00", """
Buenos días:

Les adjuntamos el justificante de la transferencia realizada el 06/11/2026 por importe de 2.240,00 €.

Saludos cordiales,
Departamento de Administración
Bodegas Olmo, S.A.
Ctra. de Logroño km 3, 26200 Haro (La Rioja)
""", labels={"paid_on": "2026-11-06"}),

    C("es015", "paid", ES, "Miguel Sanz <miguelsanz76@hotmail.com>", "2026-11-19 20:15", "iphone", "reminder",
      "INV-2021:195.00", """
Pagado ayer, revisa la cuenta
""", labels={"paid_on": "2026-11-18"}),

    C("es016", "paid", ES, "Rocío Jiménez <rjimenez@jimenezyasociados.es>", "2026-11-23 09:40", "html_outlook", "second_reminder",
      "INV-2016:1,180.00", """
Buenos días,

La factura se abonó el pasado viernes. Debería reflejarse ya en su cuenta.

Un cordial saludo,

Rocío Jiménez
Jiménez y Asociados Abogados
""", labels={"paid_on": "2026-11-20", "note": "'el pasado viernes' from Mon 23 Nov = 20 Nov"}),

    C("es017", "paid", ES, "Alberto Prieto <alberto@prietoeventos.com>", "2026-11-26 12:30", "gmail", "reminder",
      "INV-2024:890.00", """
Hola,

Esta mañana hemos ordenado el pago. Lo veréis en la cuenta en uno o dos días.

Alberto
""", labels={"paid_on": "2026-11-26"}),

    C("es018", "paid", ES, "Pilar Herrero <pilar.herrero@herrerotextil.es>", "2026-11-04 10:05", "outlook", "reminder",
      "INV-2008:1,520.00", """
Buenos días,

Esta factura está pagada desde el 30 de octubre. Por favor, revisen sus movimientos antes de enviar recordatorios.

Pilar Herrero
""", ago=2, labels={"paid_on": "2026-10-30"}),

    C("es019", "paid", ES, "Jorge Blanco <jorgeblanco.fontaneria@gmail.com>", "2026-12-01 18:55", "iphone", "second_reminder",
      "INV-2026:340.00", """
hecho, transferencia enviada
""", labels={"note": "no date stated"}),

    C("es020", "paid", ES, "Cuentas a Pagar <proveedores@grupohostelero-sur.es>", "2026-12-03 09:12", "html_outlook", "firm",
      "INV-2006:5,860.00", """
Estimado proveedor:

Le informamos de que la factura INV-2006 fue liquidada mediante transferencia con fecha 02/12/2026. Le rogamos que actualice sus registros.

Atentamente,

Departamento de Cuentas a Pagar
Grupo Hostelero del Sur, S.L.
C/ Larios 7, 29005 Málaga
""", labels={"paid_on": "2026-12-02"}),

    C("es021", "paid", ES, "Teresa Molina <teresamolina@gmail.com>", "2026-12-09 22:10", "gmail", "reminder",
      "INV-2027:420.00", """
Hola! Ya está pagada por la web, con tarjeta. Me llegó el correo de confirmación.

Teresa
""", labels={"note": "no date stated"}),

    C("es022", "paid", ES, "Óscar Delgado <odelgado@delgadoclima.es>", "2026-12-14 11:48", "outlook", "second_reminder",
      "INV-2028:1,275.00", """
Hola,

El pago se ha hecho hoy por transferencia inmediata, así que ya lo tenéis.

Un saludo,
Óscar Delgado
Delgado Clima
""", labels={"paid_on": "2026-12-14"}),

    # ---------------------------------------------------------------- dispute (8)
    C("es023", "dispute", ES, "Beatriz Rubio <beatriz@rubioestudio.es>", "2026-11-10 16:20", "html_gmail", "reminder",
      "INV-2017:2,150.00", """
Hola,

El importe no coincide con el presupuesto que aceptamos: eran 1.850 € y nos facturáis 2.150 €. Por favor, revisadlo y enviadnos la factura corregida.

Beatriz Rubio
""", labels={}),

    C("es024", "dispute", ES, "Manuel Torres <mtorres@torresalojamientos.es>", "2026-11-18 12:15", "outlook", "second_reminder",
      "INV-2029:3,480.00", """
Buenos días,

Las puertas llegaron con golpes en dos de las hojas y una de ellas no cierra bien. Se lo comunicamos a su transportista el mismo día. Hasta que no se repongan no vamos a pagar la factura.

Manuel Torres
Torres Alojamientos Rurales
""", labels={"note": "quality complaint"}),

    C("es025", "dispute", ES, "Ana Iglesias <ana.iglesias@gmail.com>", "2026-11-13 19:30", "iphone", "reminder",
      "INV-2030:640.00", """
Nosotros no hemos pedido nada a vuestra empresa. Será un error
""", labels={"note": "never ordered"}),

    C("es026", "dispute", ES, "Ricardo Medina <ricardo@medinadecoracion.es>", "2026-11-24 10:10", "html_gmail", "firm",
      "INV-2005:2,790.00", """
Hola,

Devolvimos dos ventanas en octubre porque venían con medidas equivocadas y seguimos sin recibir el abono. La cantidad que reclamáis las incluye.

Pagaremos el resto cuando nos enviéis la factura rectificativa.

Ricardo Medina
""", labels={"note": "partial dispute: missing credit note"}),

    C("es027", "dispute", ES, "Cristina Vega <cvega@vegainmobiliaria.es>", "2026-11-27 13:40", "gmail", "second_reminder",
      "INV-2031:4,100.00", """
Buenas,

La obra no está terminada. Faltan los rodapiés de toda la planta alta y los frentes de dos armarios. Cuando esté acabada, pagamos, tal y como hablamos con vuestro encargado.

Cristina Vega
""", labels={}),

    C("es028", "dispute", ES, "Enrique Cano <ecano@canoyasociados.es>", "2026-12-02 09:55", "outlook", "reminder",
      "INV-2032:1,340.00", """
Buenos días:

En la factura aparece un cargo de 180 € por transporte, pero el material lo recogimos nosotros en su almacén. Les ruego que lo eliminen y nos envíen una nueva factura.

Atentamente,
Enrique Cano
""", labels={}),

    C("es029", "dispute", ES, "Silvia Ramos <silvia.ramos@ramoshoteles.com>", "2026-12-04 11:20", "html_outlook", "second_reminder",
      "INV-2033:2,560.00", """
Hola,

El precio por unidad que aparece (64 €) no es el que acordamos (56 €) según nuestro pedido PC-7741. No podemos tramitar la factura así.

Saludos,
Silvia Ramos
Compras, Ramos Hoteles
""", labels={}),

    C("es030", "dispute", ES, "Fernando Aguilar <faguilar@aguilarpromociones.es>", "2026-12-09 17:35", "outlook", "formal_notice",
      "INV-2003:7,200.00", """
Muy señores míos:

Acusamos recibo de su requerimiento. No reconocemos esta deuda. Los trabajos de carpintería no se ajustaron a lo contratado y así se lo hicimos saber por escrito en septiembre, sin obtener respuesta.

Cualquier reclamación posterior deberá dirigirse a nuestro abogado.

Atentamente,

Fernando Aguilar
Administrador
Aguilar Promociones Inmobiliarias, S.L.
""", labels={}),

    # ---------------------------------------------------------------- out_of_office (8)
    C("es031", "out_of_office", ES, "Laura Peña <laura.pena@penadiseno.es>", "2026-11-16 09:01", "ooo", "reminder",
      "INV-2034:980.00", """
Hola,

Estaré fuera de la oficina hasta el 24 de noviembre, con acceso limitado al correo. Para cualquier asunto urgente, llamad al 915 55 02 18.

Un saludo,
Laura Peña
""", labels={"return_date": "2026-11-24",
             "note": "'fuera hasta el 24 de noviembre' read as back on 24 Nov (could also mean away through the 24th)"}),

    C("es032", "out_of_office", ES, "Diego Cabrera <dcabrera@cabreralogistica.es>", "2026-11-23 10:30", "ooo", "second_reminder",
      "INV-2035:1,450.00", """
Estoy de vacaciones hasta el lunes 30 de noviembre. Contestaré a su correo a mi regreso.

Diego Cabrera
""", labels={"return_date": "2026-11-30"}),

    C("es033", "out_of_office", ES, "Sara Marín <sara.marin@marinconsulting.es>", "2026-12-01 08:45", "ooo", "reminder",
      "INV-2036:760.00", """
Gracias por su mensaje. Me encuentro fuera de la oficina y me incorporaré el 9 de diciembre.

Sara Marín
""", labels={"return_date": "2026-12-09"}),

    C("es034", "out_of_office", ES, "Oficina Calvo Reformas <oficina@calvoreformas.es>", "2026-12-07 09:00", "ooo", "second_reminder",
      "INV-2037:1,120.00", """
Estimado cliente:

Nuestra oficina permanece cerrada los días 7 y 8 de diciembre con motivo del puente. Volvemos a estar a su disposición el miércoles 9.

Gracias por su comprensión.
""", labels={"return_date": "2026-12-09"}),

    C("es035", "out_of_office", ES, "Adrián León <adrian.leon@leonmotor.es>", "2026-11-19 15:20", "ooo", "reminder",
      "INV-2038:530.00", """
En este momento no me encuentro en la oficina. Responderé a su correo lo antes posible.
""", labels={"note": "no return date"}),

    C("es036", "out_of_office", ES, "Patricia Soler <psoler@solerclinica.es>", "2026-11-30 11:00", "ooo", "firm",
      "INV-2004:2,380.00", """
Hola,

Estoy de baja hasta nuevo aviso. Para temas de facturación podéis escribir a mi compañera Inés (ines@solerclinica.es).

Patricia
""", labels={"note": "no return date; names a colleague for the absence"}),

    C("es037", "out_of_office", ES, "Hugo Pascual <hugo@pascualeventos.es>", "2026-11-27 12:10", "ooo", "reminder",
      "INV-2039:690.00", """
Estaré fuera hasta el 2 de diciembre incluido, sin acceso al correo.

Hugo Pascual
""", labels={"return_date": "2026-12-03", "note": "'hasta el 2 de diciembre incluido' = away through 2 Dec, back 3 Dec"}),

    C("es038", "out_of_office", ES, "Inmaculada Nieto <inma.nieto@nietoyfernandez.es>", "2026-11-12 16:40", "ooo", "reminder",
      "INV-2040:415.00", """
Hoy no estoy en la oficina. Vuelvo mañana.

Inma
""", labels={"return_date": "2026-11-13"}),

    # ---------------------------------------------------------------- other (2)
    C("es039", "other", ES, "Jaime Fuentes <jfuentes@fuentesgestion.es>", "2026-11-05 10:00", "gmail", "heads_up",
      "INV-2041:1,300.00", """
Gracias, recibido.
""", labels={"note": "acknowledgement"}),

    C("es040", "other", ES, "Rosa Carrasco <rosa.carrasco@carrascotienda.es>", "2026-12-11 13:15", "gmail", "reminder",
      "INV-2042:870.00", """
Hola,

¿Me podéis llamar cuando podáis? Prefiero hablarlo por teléfono. Mi número es el 654 55 03 21.

Rosa
""", labels={"note": "asks for a phone call, no stated intent"}),
]

if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "es"
    lab = build(cases, out)
    from collections import Counter
    print(len(lab["cases"]), Counter(c["intent"] for c in lab["cases"]))
