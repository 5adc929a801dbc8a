import { Flex, Spin } from 'antd';

/** Loading state of a page inside the layout. */
export function PageSpinner() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 240 }}>
      <Spin />
    </Flex>
  );
}
