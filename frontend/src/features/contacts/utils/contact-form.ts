/** The contact fields the edit form changes, as typed. */
export type ContactFormField =
  | 'email'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'phone'
  | 'city'
  | 'country'
  | 'linkedinUrl';

export type ContactForm = Record<ContactFormField, string>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().\-/]{5,}$/;

/**
 * What can be told before asking the server: a malformed e-mail, phone or LinkedIn address. The
 * server normalises and checks the rest (and names the field it rejects).
 */
export function validateContactForm(form: ContactForm): Partial<Record<ContactFormField, string>> {
  const errors: Partial<Record<ContactFormField, string>> = {};
  const email = form.email.trim();
  if (email && !EMAIL.test(email)) {
    errors.email = 'Enter an e-mail address such as ada@example.com.';
  }
  const phone = form.phone.trim();
  if (phone && (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 5)) {
    errors.phone = 'Enter a phone number of digits, spaces and an optional leading +.';
  }
  const linkedin = form.linkedinUrl.trim();
  if (linkedin && !/linkedin\.com\//i.test(linkedin)) {
    errors.linkedinUrl = 'Enter a LinkedIn profile address (linkedin.com/in/…).';
  }
  return errors;
}
