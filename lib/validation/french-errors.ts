import { z } from "zod";

// zod's own messages (wrong type, too long…) in French, wherever a schema has no message of its own.
z.config(z.locales.fr());
