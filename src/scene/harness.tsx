/** Development harness of the 3D twin (open /#scene-harness). Replaced by the scene work of issue 6. */
export default function Harness() {
  return <p>Scene harness</p>;
}
