import { RequestMethod, type INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { ACCESS_KEY, AccessRule } from '@skill-ladder/platform';

export interface RouteEntry {
  method: string;
  /** The Nest path without the /api/v1 prefix, e.g. `/campaigns/:id/file`. */
  path: string;
  /** Roles allowed, or `public` / `authenticated`, or UNDECLARED when the route states nothing; then the access policy it names, if any. */
  access: string;
}

/** Every route of the running app with who may call it, from the controllers' metadata. */
export function routeTable(app: INestApplication): RouteEntry[] {
  const reflector = app.get(Reflector);
  const controllers = [...app.get(ModulesContainer).values()].flatMap((m) => [...m.controllers.values()]);
  const out: RouteEntry[] = [];
  for (const { metatype } of controllers) {
    if (!metatype) continue;
    const base = (Reflect.getMetadata('path', metatype) as string) ?? '';
    const proto = (metatype as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const handler = proto[name] as object;
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const path = Reflect.getMetadata('path', handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata('method', handler) as number];
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, metatype]);
      const full = `/${[base, path].map((p) => p.replace(/^\/|\/$/g, '')).filter(Boolean).join('/')}`;
      const access = !rule ? 'UNDECLARED' : rule.public ? 'public' : `${rule.roles.join(',')}${rule.policy ? ` [policy: ${rule.policy}]` : ''}`;
      out.push({ method, path: full, access });
    }
  }
  return out.sort((a, b) => `${a.method} ${a.path}`.localeCompare(`${b.method} ${b.path}`));
}
