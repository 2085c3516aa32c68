// Refusals of malformed requests, uploads, the working calendar, duplicate links, points and partner
// units; spread into en.ts `errors`.
export const inputErrorsEn = {
  DATABASE_UNAVAILABLE: 'The database is briefly out of reach; try again in a moment',
  NUMBER_OUT_OF_RANGE: 'A number is too large or too close to zero to store; check the value and try again',
  INVALID_CHARACTER: 'The text contains a character that cannot be stored; remove it and try again',
  UNEXPECTED_BODY: 'This request takes no body',
  CROSS_SITE_REQUEST:
    'The request did not come from a Needle page and was refused; reload the page and try again',
  INVALID_DAY: 'The date is not valid; choose a valid date',
  INVALID_RANGE: 'The end date is before the start date',
  RANGE_TOO_LONG: 'The date range is too long; shorten it and try again',
  INVALID_KIND: 'Choose a working day or a holiday',
  OVERRIDE_NOT_FOUND: 'There is no override for this date',
  NOT_AN_OFFICE: 'Cases go to a street or community office, not to a grid or the district',
  SELF_LINK: 'A case cannot be linked to itself',
  MASTER_IS_DUPLICATE: 'Link to the master case, not to another duplicate',
  ALREADY_LINKED: 'The case is already linked to a master case',
  CASE_HAS_DUPLICATES: 'This case is itself the master of other duplicates',
  NOT_LINKED: 'The case is not linked to a master case',
  POINT_INCOMPLETE: 'Give both latitude and longitude',
  IMAGE_TOO_LARGE: 'The image has too many pixels; shrink it and upload again',
  UNSUPPORTED_MEDIA_TYPE: 'Upload an image file',
  MALFORMED_MULTIPART: 'The upload could not be read; upload again',
  POINTS_INSUFFICIENT: 'Not enough points',
  STREET_OR_COMMUNITY_REQUIRED: 'A partner unit joins the alliance of a street or a community',
  NOT_A_DEPARTMENT: 'Only a department the street whistled can evaluate the street',
  STREET_NOT_FOUND: 'The street does not exist or is not one you serve',
};
