// FHIR R4 Questionnaire "Vital signs, weight, height, head circumference, oximetry, BMI, & BSA panel", from the shared fixtures (vital-sign-questionnaire.json), as LHC-Forms publishes it.
// Kept verbatim: the memory adapter serves it as a FHIR server would.
export const vitalSignQuestionnaire: Readonly<Record<string, unknown>> = {
  "resourceType": "Questionnaire",
  "id": "178918",
  "meta": {
    "lastUpdated": "2017-08-04T15:07:37.602+00:00",
    "profile": [
      "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire|2.7"
    ],
    "tag": [
      {
        "code": "lformsVersion: 25.0.0"
      }
    ]
  },
  "identifier": [
    {
      "system": "http://loinc.org",
      "value": "74728-7_modified"
    }
  ],
  "name": "Vital signs, weight, height, head circumference, oximetry, BMI, & BSA panel",
  "title": "Vital signs, weight, height, head circumference, oximetry, BMI, & BSA panel",
  "status": "draft",
  "date": "2017-08-04T10:35:45-04:00",
  "code": [
    {
      "system": "http://loinc.org",
      "code": "74728-7_modified",
      "display": "Vital signs, weight, height, head circumference, oximetry, BMI, & BSA panel"
    }
  ],
  "subjectType": [
    "Patient",
    "Person"
  ],
  "extension": [
    {
      "url": "http://hl7.org/fhir/StructureDefinition/variable",
      "valueExpression": {
        "name": "weightQuantity",
        "language": "text/fhirpath",
        "expression": "%resource.item.where(linkId='/3141-9').answer.value"
      }
    },
    {
      "url": "http://hl7.org/fhir/StructureDefinition/variable",
      "valueExpression": {
        "name": "weight",
        "language": "text/fhirpath",
        "expression": "%weightQuantity.toQuantity('kg').value"
      }
    },
    {
      "url": "http://hl7.org/fhir/StructureDefinition/variable",
      "valueExpression": {
        "name": "heightQuantity",
        "language": "text/fhirpath",
        "expression": "%resource.item.where(linkId='/8302-2').answer.value"
      }
    },
    {
      "url": "http://hl7.org/fhir/StructureDefinition/variable",
      "valueExpression": {
        "name": "height",
        "language": "text/fhirpath",
        "expression": "%heightQuantity.toQuantity('m').value"
      }
    }
  ],
  "item": [
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "%"
          }
        }
      ],
      "linkId": "/2710-2",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "2710-2",
          "display": "SaO2 % BldC Oximetry"
        }
      ],
      "text": "SaO2 % BldC Oximetry",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "[lb_av]",
            "display": "lbs"
          }
        },
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "kg",
            "display": "kgs"
          }
        },
        {
          "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-observationLinkPeriod",
          "valueDuration": {
            "value": 100,
            "unit": "year",
            "system": "http://ucum.org",
            "code": "a"
          }
        }
      ],
      "initial": [
        {
          "valueQuantity": {
            "unit": "lbs",
            "system": "http://unitsofmeasure.org",
            "code": "[lb_av]"
          }
        }
      ],
      "linkId": "/3141-9",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "3141-9",
          "display": "Weight Measured"
        }
      ],
      "text": "Weight Measured",
      "type": "quantity",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "cm"
          }
        }
      ],
      "linkId": "/8287-5",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "8287-5",
          "display": "Head Circumf OFC by Tape measure"
        }
      ],
      "text": "Head Circumf OFC by Tape measure",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "[in_i]",
            "display": "inches"
          }
        },
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "[ft_i]",
            "display": "feet"
          }
        },
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "cm",
            "display": "centimeters"
          }
        },
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unitOption",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "m",
            "display": "meters"
          }
        },
        {
          "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-observationLinkPeriod",
          "valueDuration": {
            "value": 100,
            "unit": "year",
            "system": "http://ucum.org",
            "code": "a"
          }
        }
      ],
      "linkId": "/8302-2",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "8302-2",
          "display": "Bdy height"
        }
      ],
      "text": "Bdy height",
      "type": "quantity",
      "initial": [
        {
          "valueQuantity": {
            "system": "http://unitsofmeasure.org",
            "unit": "inches",
            "code": "[in_i]"
          }
        }
      ],
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "Cel"
          }
        }
      ],
      "linkId": "/8310-5",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "8310-5",
          "display": "Body temperature"
        }
      ],
      "text": "Body temperature",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "mm[Hg]"
          }
        }
      ],
      "linkId": "/8462-4",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "8462-4",
          "display": "BP dias"
        }
      ],
      "text": "BP dias",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "mm[Hg]"
          }
        }
      ],
      "linkId": "/8480-6",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "8480-6",
          "display": "BP sys"
        }
      ],
      "text": "BP sys",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "{beats}/min"
          }
        }
      ],
      "linkId": "/8867-4",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "8867-4",
          "display": "Heart rate"
        }
      ],
      "text": "Heart rate",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "{breaths}/min"
          }
        }
      ],
      "linkId": "/9279-1",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "9279-1",
          "display": "Resp rate"
        }
      ],
      "text": "Resp rate",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "m2"
          }
        }
      ],
      "linkId": "/3140-1",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "3140-1",
          "display": "BSA Derived"
        }
      ],
      "text": "BSA Derived",
      "type": "decimal",
      "required": false
    },
    {
      "extension": [
        {
          "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
          "valueCoding": {
            "system": "http://unitsofmeasure.org",
            "code": "kg/m2"
          }
        },
        {
          "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression",
          "valueExpression": {
            "description": "BMI calculation",
            "language": "text/fhirpath",
            "expression": "((%weight/%height/%height*10 +0.5) div 1)/10"
          }
        }
      ],
      "linkId": "/39156-5",
      "code": [
        {
          "system": "http://loinc.org",
          "code": "39156-5",
          "display": "BMI"
        }
      ],
      "text": "BMI",
      "type": "decimal",
      "required": false
    }
  ]
};
