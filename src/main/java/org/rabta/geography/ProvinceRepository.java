package org.rabta.geography;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, String> {

    List<Province> findAllByOrderByNameEn();
}
