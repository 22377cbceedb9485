/** The demo users seeded on first start (src/lib/server/db/seed/users.ts). */
export const DEMO_PASSWORD = 'rammeaftale-demo';
export const demo = {
	admin: 'admin@rammeaftale.example',
	secretariat: 'sekretariat@rammeaftale.example',
	member: 'medlem@rammeaftale.example',
	networkLead: 'tovholder@rammeaftale.example',
	municipalContact: 'kontakt@rammeaftale.example'
} as const;
