import type { DomainHandlers } from '../handler';
import { createContact, deleteContact, updateContact } from './contacts';
import { createLibraryUnit, deleteLibraryUnit, updateLibraryUnit } from './library-units';
import { getMunicipality, listCounties, listMunicipalities } from './queries';

export const countyHandlers: DomainHandlers<'counties'> = {
  'counties.list': (_input, { db }) => listCounties(db),
};

export const municipalityHandlers: DomainHandlers<'municipalities'> = {
  'municipalities.list': (input, ctx) => listMunicipalities(ctx, input),
  'municipalities.get': (input, { db }) => getMunicipality(db, input.code),
};

export const libraryUnitHandlers: DomainHandlers<'libraryUnits'> = {
  'libraryUnits.create': (input, ctx) => createLibraryUnit(ctx, input),
  'libraryUnits.update': (input, ctx) => updateLibraryUnit(ctx, input),
  'libraryUnits.delete': (input, ctx) => deleteLibraryUnit(ctx, input.id),
};

export const contactHandlers: DomainHandlers<'contacts'> = {
  'contacts.create': (input, ctx) => createContact(ctx, input),
  'contacts.update': (input, ctx) => updateContact(ctx, input),
  'contacts.delete': (input, ctx) => deleteContact(ctx, input.id),
};
