import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: any object with a global id can be fetched again with Query.node(id). */
@InterfaceType('Node', {
  description: 'An object with a globally unique, opaque id that Query.node accepts.',
  resolveType: (value: object) => {
    const name = value.constructor.name;
    if (name === 'GraphEntity') return 'Entity';
    return name;
  },
})
export abstract class Node {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  nodeId!: string;
}
