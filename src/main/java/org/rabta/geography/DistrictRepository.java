package org.rabta.geography;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, String> {

    List<District> findAllByOrderByNameEn();

    boolean existsByProvinceCodeAndNameEnIgnoreCase(String provinceCode, String nameEn);

    boolean existsByProvinceCodeAndNameEnIgnoreCaseAndCodeNot(String provinceCode, String nameEn, String code);
}
