"""Fixture portal: a provincial Sở GD&ĐT on IBM WebSphere Portal 8.5 with Web Content Manager.

Why: several provincial e-government portals (and the education departments hosted on them)
run WebSphere Portal. Its trait is the navigational state: every URL the portal renders is a
friendly page path followed by ``!ut/p/z1/<encoded state>/dz/d5/<…>/``, and the encoded state is
a fresh blob on every render (the portal folds the current view and a per-render counter into
it), so the same page is linked under a new URL each time it is seen and the URL space never
ends. The number of real views behind those URLs is small.

What it prints, the way a WPS 8.5 theme with WCM does: ``<base href>`` and
``com.ibm.lotus.NavStateUrl`` / ``rel=bookmark`` links carrying the state, a "skip to content"
link, the header clock, the top menu, breadcrumbs, portlet windows (``section.ibmPortalControl``
with a ``wpthemeControlHeader`` title bar), a portlet that is unavailable to anonymous visitors,
a poll, a visitor counter, a "Liên kết website" drop-down, the footer.

Articles are WCM content items shown by a Web Content Viewer on the page
``noi-dung-chi-tiet``; the friendly URL ``/wps/portal/sgddt/noi-dung-chi-tiet/<cat>/<slug>``
names one item, and every link to it adds a state blob. Items written with the newer
presentation template declare that friendly URL with ``rel=canonical``; the older ones declare
nothing. The home page's "Tin nổi bật" portlet links items through the state alone
(``…/tin-tuc/chi-tiet/!ut/p/z1/<blob>/``: the item id is a render parameter inside the blob);
only items with the newer template are featured there. News listings page through the state
(the page number is a render parameter), three per page in "Tin tức - Sự kiện" and two in
the other categories; the listing prints a date beside each link. The detail prints
"Ngày đăng: dd/mm/yyyy - HH:MM", "Cập nhật: dd/mm/yyyy" or no date at all (then the listing's
date is the publication date). A WCM print view is reached by a relative
``?presentationtemplate=…`` link resolved against ``<base href>``.

Gold: one record per item, ``path`` = ``canonical_path`` = the stateless friendly URL (it serves
the item, and it is what the newer template declares); the state URLs are not enumerable.

Traps and their bounds (checked by the self-check): every state URL decodes to one view among a
finite set (each page, each listing page, each featured item), two renders of the same page
never share a link, any undecodable blob falls back to the page's default view, and listing
page numbers beyond the last show an empty list ("Không có dữ liệu").
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import threading
import unicodedata
import zlib
from dataclasses import dataclass
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "websphere_sgddt"
PLATFORM = "websphere"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Vĩnh Long"
SHORT = "Sở GD&ĐT Vĩnh Long"
PORTAL = "/wps/portal/sgddt"
#: the header clock: a fixed "today" (never a publication date)
CLOCK = "Thứ Hai, ngày 12 tháng 01 năm 2026"
#: the constant tail WPS writes after the state blob
TAIL = "dz/d5/L2dBISEvZ0FBIS9nQSEh/"
THEME = "/wps/contenthandler/dav/fs-type1/themes/SGDDT85Theme"
LIB = "/wps/wcm/connect/sgddt"
PRINT_QUERY = "presentationtemplate=sgddt-design%2FPT-InBai"
#: the province portal's CDN: linked in markup, never served
PROVINCE_CDN = "http://127.0.0.2:8081"


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    per_page: int


CATS: dict[str, Cat] = {
    "tin-tuc-su-kien": Cat("tin-tuc-su-kien", "Tin tức - Sự kiện", 3),
    "thong-bao": Cat("thong-bao", "Thông báo", 2),
    "thi-tuyen-sinh": Cat("thi-tuyen-sinh", "Thi - Tuyển sinh", 2),
}


def _wcm(uuid: str, name: str) -> str:
    """A WCM image URL: library path, file name, AJPERES query with a cache id."""
    token = hashlib.sha1(name.encode()).hexdigest()[:7]
    return f"{LIB}/{uuid}/{name}?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE.Z18_K8A61I01L8VN60QJ2U3G6N3004-{uuid}-{token}"


# opts: date_line (what the detail prints, or None), listed ("dd/mm/yyyy" the listings print),
# canonical (newer presentation template: rel=canonical), featured (home "Tin nổi bật"),
# nfd (body typed decomposed), entities (old editor: character references),
# attachment ((href, label)).
STORIES: list[Story] = [
    Story(
        id=5163,
        slug="tap-huan-nghiep-vu-quan-ly-nha-nuoc-ve-giao-duc-cho-can-bo-cap-xa",
        title="Tập huấn nghiệp vụ quản lý nhà nước về giáo dục cho cán bộ cấp xã",
        cat="tin-tuc-su-kien",
        published_at="2025-12-18T08:05:00+07:00",
        summary=(
            "Trong hai ngày 16 và 17/12/2025, Sở Giáo dục và Đào tạo tổ chức tập huấn nghiệp vụ"
            " quản lý nhà nước về giáo dục cho công chức phụ trách văn hóa - xã hội của 124 xã,"
            " phường sau khi vận hành chính quyền địa phương hai cấp."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "(VLO) - Tham gia lớp tập huấn có gần 250 học viên là lãnh đạo Ủy ban nhân dân"
                " cấp xã phụ trách lĩnh vực giáo dục và công chức văn hóa - xã hội."
            ),
            Img(
                f"{PROVINCE_CDN}/wps/wcm/connect/vinhlong/7d1f0c2e-4b6a-4c1e-9a55-2f8e61d0b3aa/tap-huan-cap-xa.jpg?MOD=AJPERES",
                "Quang cảnh lớp tập huấn",
                "Quang cảnh lớp tập huấn",
                "center_em",
            ),
            P(
                "Học viên được phổ biến các văn bản mới về phân cấp, phân quyền trong lĩnh vực"
                " giáo dục; hướng dẫn thực hiện thủ tục thành lập, sáp nhập, giải thể trường mầm"
                " non, tiểu học, trung học cơ sở; công tác phổ cập giáo dục, xóa mù chữ và quản lý"
                " dạy thêm, học thêm trên địa bàn."
            ),
            P(
                "Phát biểu bế mạc, ông Nguyễn Văn Thắng, Phó Giám đốc Sở đề nghị các xã, phường"
                " chủ động phối hợp với các trường rà soát mạng lưới, cơ sở vật chất, bảo đảm đủ"
                " điều kiện tổ chức dạy học 2 buổi/ngày theo lộ trình."
            ),
            Raw('<p style="text-align: right;"><strong>Bài: Lê Hồng - Ảnh: Cổng TTĐT tỉnh</strong></p>'),
        ],
        authors=["Lê Hồng"],
        # an organisation credited for the photos is kept as printed (the convention of
        # shared/real-pages and of the later fixtures; harmonised after the blind crawl)
        photographers=["Cổng TTĐT tỉnh"],
        opts={"date_line": "Ngày đăng: 18/12/2025 - 08:05", "listed": "18/12/2025",
              "canonical": True, "featured": True},
    ),
    Story(
        id=5155,
        slug="ba-hoc-sinh-vinh-long-dat-giai-ky-thi-olympic-tin-hoc-toan-quoc-nam-2025",
        title="Ba học sinh Vĩnh Long đạt giải tại Kỳ thi Olympic Tin học toàn quốc năm 2025",
        cat="tin-tuc-su-kien",
        published_at="2025-12-10",
        blocks=[
            P(
                "Tại Kỳ thi Olympic Tin học sinh viên Việt Nam lần thứ 34 vừa diễn ra tại Hà Nội,"
                " ba học sinh của tỉnh dự thi ở khối Chuyên Tin dành cho học sinh trung học phổ"
                " thông đã xuất sắc đạt giải."
            ),
            P(
                "Cụ thể, em Lê Hoàng Phúc, học sinh lớp 12 Tin Trường THPT chuyên Nguyễn Bỉnh"
                " Khiêm đạt giải Nhì; em Thạch Minh Trí, lớp 11 Tin Trường THPT chuyên Trà Vinh và"
                " em Nguyễn Ngọc Bảo Anh, lớp 12 Tin Trường THPT chuyên Bến Tre đạt giải Ba."
            ),
            P(
                "Đây là năm thứ ba liên tiếp học sinh của tỉnh có giải tại kỳ thi này. Sở Giáo dục"
                " và Đào tạo sẽ khen thưởng các em cùng giáo viên bồi dưỡng theo quy định."
            ),
            Raw('<p style="text-align: right;"><strong>Thanh Hương</strong></p>'),
        ],
        authors=["Thanh Hương"],
        opts={"date_line": "Cập nhật: 10/12/2025", "listed": "10/12/2025", "canonical": False,
              "entities": 2},
    ),
    Story(
        id=5140,
        slug="doan-cong-tac-bo-giao-duc-va-dao-tao-kiem-tra-cong-tac-chuyen-doi-so",
        title="Đoàn công tác Bộ Giáo dục và Đào tạo kiểm tra công tác chuyển đổi số tại Vĩnh Long",
        cat="tin-tuc-su-kien",
        published_at="2025-12-02",
        blocks=[
            P(
                "Ngày 01/12/2025, đoàn công tác của Bộ Giáo dục và Đào tạo do ông Trần Đức Hạnh,"
                " Phó Cục trưởng Cục Khoa học, Công nghệ và Thông tin làm trưởng đoàn đã có buổi"
                " làm việc với Sở Giáo dục và Đào tạo tỉnh Vĩnh Long về tình hình triển khai chuyển"
                " đổi số trong ngành."
            ),
            P(
                "Báo cáo với đoàn, lãnh đạo Sở cho biết sau hợp nhất, toàn tỉnh có hơn 1.100 cơ sở"
                " giáo dục với trên 480.000 học sinh. Việc đồng bộ dữ liệu ngành từ ba hệ thống"
                " quản lý trước đây về một cơ sở dữ liệu chung đã hoàn thành 92%; 100% trường phổ"
                " thông sử dụng học bạ số ở các lớp 1, 6 và 10."
            ),
            Img(
                _wcm("3a9e2b71-0c4d-4f8e-8b2a-61c5d7e9f013", "kiem-tra-chuyen-doi-so.jpg"),
                "Đoàn công tác làm việc với Sở Giáo dục và Đào tạo",
                "Đoàn công tác làm việc với Sở Giáo dục và Đào tạo",
                "table",
            ),
            P(
                "Trưởng đoàn ghi nhận những kết quả tỉnh đạt được trong điều kiện vừa sắp xếp bộ"
                " máy, đồng thời đề nghị Sở tiếp tục rà soát hạ tầng mạng tại các trường vùng sâu,"
                " vùng cù lao; tăng cường bảo đảm an toàn thông tin và bồi dưỡng năng lực số cho"
                " giáo viên."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Vĩnh Long</em></p>'),
        ],
        source="Báo Vĩnh Long",
        opts={"date_line": "Cập nhật: 02/12/2025", "listed": "02/12/2025", "canonical": False},
    ),
    Story(
        id=5121,
        slug="hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thpt-nam-hoc-2025-2026",
        title="Hội thi giáo viên chủ nhiệm lớp giỏi cấp THPT năm học 2025-2026",
        cat="tin-tuc-su-kien",
        published_at="2025-11-14T15:42:00+07:00",
        summary=(
            "Từ ngày 10 đến 13/11/2025, Sở Giáo dục và Đào tạo tổ chức Hội thi giáo viên chủ"
            " nhiệm lớp giỏi cấp trung học phổ thông năm học 2025-2026 với sự tham gia của 68"
            " giáo viên đến từ 34 trường THPT, trung tâm GDNN-GDTX trong tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm tôn vinh những giáo viên làm tốt công tác chủ nhiệm lớp, tạo cơ hội"
                " để đội ngũ giáo viên chia sẻ kinh nghiệm, giải pháp trong giáo dục đạo đức, kỹ"
                " năng sống và phối hợp với gia đình trong việc quản lý học sinh. Đây là lần đầu"
                " tiên hội thi được tổ chức sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh."
            ),
            Img(
                _wcm("c41f7e20-9d3b-4a6e-b0f1-5e2a8c7d6b91", "khai-mac-hoi-thi-gvcn.jpg"),
                "Quang cảnh Lễ khai mạc Hội thi tại Trường THPT Lưu Văn Liệt",
                "Quang cảnh Lễ khai mạc Hội thi tại Trường THPT Lưu Văn Liệt",
                "center_em",
            ),
            P(
                "Mỗi thí sinh trải qua hai phần thi: trình bày biện pháp giáo dục học sinh trong"
                " công tác chủ nhiệm và xử lý tình huống sư phạm thường gặp. Các biện pháp dự thi"
                " tập trung vào những vấn đề được quan tâm như phòng, chống bạo lực học đường, hỗ"
                " trợ tâm lý cho học sinh, giáo dục kỹ năng sử dụng mạng xã hội an toàn."
            ),
            Img(
                _wcm("c41f7e20-9d3b-4a6e-b0f1-5e2a8c7d6b91", "thi-sinh-trinh-bay-bien-phap.jpg"),
                "Cô Huỳnh Thị Mỹ Tiên, Trường THPT chuyên Nguyễn Bỉnh Khiêm trình bày biện pháp dự thi",
                "Cô Huỳnh Thị Mỹ Tiên, Trường THPT chuyên Nguyễn Bỉnh Khiêm trình bày biện pháp dự thi",
                "table",
            ),
            P(
                "Theo Ban Giám khảo, nhiều biện pháp có tính thực tiễn cao, có thể nhân rộng như:"
                " xây dựng “nhóm bạn đồng hành” hỗ trợ học sinh có hoàn cảnh khó khăn, tổ chức sinh"
                " hoạt lớp theo chủ đề, ứng dụng phần mềm kết nối giữa giáo viên chủ nhiệm và cha"
                " mẹ học sinh."
            ),
            P(
                "Kết quả, Ban Tổ chức trao 5 giải Nhất, 10 giải Nhì, 14 giải Ba và 19 giải Khuyến"
                " khích; công nhận 48 giáo viên đạt danh hiệu giáo viên chủ nhiệm lớp giỏi cấp tỉnh."
            ),
            Img(
                _wcm("c41f7e20-9d3b-4a6e-b0f1-5e2a8c7d6b91", "trao-giai-nhat.jpg"),
                "Lãnh đạo Sở Giáo dục và Đào tạo trao giải Nhất cho các thí sinh",
                "Lãnh đạo Sở Giáo dục và Đào tạo trao giải Nhất cho các thí sinh",
                "br_em",
            ),
            Raw('<p style="text-align: right;"><strong><em>Tin, ảnh: Minh Khoa</em></strong></p>'),
        ],
        authors=["Minh Khoa"],
        photographers=["Minh Khoa"],
        opts={"date_line": "Ngày đăng: 14/11/2025 - 15:42", "listed": "14/11/2025",
              "canonical": True, "featured": True},
    ),
    Story(
        id=5102,
        slug="hinh-anh-le-khai-giang-nam-hoc-moi-2025-2026",
        title="Hình ảnh Lễ khai giảng năm học mới 2025-2026",
        cat="tin-tuc-su-kien",
        published_at="2025-09-05T10:20:00+07:00",
        blocks=[
            P(
                "Sáng 05/9/2025, hơn 480.000 học sinh toàn tỉnh hân hoan bước vào năm học mới. Một"
                " số hình ảnh ghi nhận tại các trường:"
            ),
            Img(
                _wcm("0b7d5e93-2c1a-4e8f-a6d4-9f3b1c0e2d57", "khai-giang-thcs-nguyen-truong-to.jpg"),
                "Học sinh Trường THCS Nguyễn Trường Tộ rước cờ trong lễ khai giảng",
                "Học sinh Trường THCS Nguyễn Trường Tộ rước cờ trong lễ khai giảng",
                "center_em",
            ),
            Img(_wcm("0b7d5e93-2c1a-4e8f-a6d4-9f3b1c0e2d57", "khai-giang-2.jpg"), None, None, "bare"),
            Img(
                _wcm("0b7d5e93-2c1a-4e8f-a6d4-9f3b1c0e2d57", "z6984123456789_3f2c7a9be1d04b5c8a6e2f1d0c9b8a7e.jpg"),
                "z6984123456789_3f2c7a9be1d04b5c8a6e2f1d0c9b8a7e.jpg",
                None,
                "center_em",
            ),
            Img(
                _wcm("0b7d5e93-2c1a-4e8f-a6d4-9f3b1c0e2d57", "trao-qua-tieu-hoc-phuong-1.jpg"),
                "Trao quà cho học sinh có hoàn cảnh khó khăn tại Trường Tiểu học Phường 1",
                "Trao quà cho học sinh có hoàn cảnh khó khăn tại Trường Tiểu học Phường 1",
                "center_em",
            ),
        ],
        opts={"date_line": "Ngày đăng: 05/09/2025 - 10:20", "listed": "05/09/2025",
              "canonical": True, "featured": True},
    ),
    Story(
        id=5170,
        slug="thong-bao-lich-nghi-tet-nguyen-dan-binh-ngo-nam-2026",
        title="Thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026",
        cat="thong-bao",
        published_at="2026-01-06",
        blocks=[
            P(
                "Căn cứ Kế hoạch thời gian năm học 2025-2026, Sở Giáo dục và Đào tạo thông báo lịch"
                " nghỉ Tết Nguyên đán Bính Ngọ năm 2026 đối với trẻ mầm non, học sinh phổ thông và"
                " học viên giáo dục thường xuyên như sau:"
            ),
            P(
                "Thời gian nghỉ: từ ngày 14/02/2026 đến hết ngày 22/02/2026 (tức từ ngày 27 tháng"
                " Chạp năm Ất Tỵ đến hết ngày mùng 6 tháng Giêng năm Bính Ngọ). Học sinh đi học lại"
                " từ ngày 23/02/2026."
            ),
            P(
                "Các đơn vị bố trí trực bảo vệ, phòng, chống cháy nổ trong thời gian nghỉ và báo cáo"
                " tình hình về Sở trước ngày 26/02/2026."
            ),
        ],
        opts={"date_line": None, "listed": "06/01/2026", "canonical": False},
    ),
    Story(
        id=5174,
        slug="lich-cong-tac-tuan-cua-lanh-dao-so-tu-ngay-05-01-den-ngay-11-01-2026",
        title="LỊCH CÔNG TÁC TUẦN CỦA LÃNH ĐẠO SỞ (TỪ NGÀY 05/01 ĐẾN NGÀY 11/01/2026)",
        cat="thong-bao",
        published_at="2026-01-03T16:30:00+07:00",
        # the timetable is a table: one body paragraph per row, cells joined by " | "
        blocks=[
            P("Văn phòng Sở thông báo lịch công tác tuần của Lãnh đạo Sở Giáo dục và Đào tạo như sau:"),
            P("Thứ, ngày | Buổi | Nội dung công việc | Chủ trì | Địa điểm", "row_head"),
            P("Thứ Hai, 05/01 | Sáng | Họp giao ban Lãnh đạo Sở đầu tuần | Giám đốc Sở | Phòng họp số 1", "row"),
            P(
                "Thứ Hai, 05/01 | Chiều | Làm việc với Phòng Tổ chức cán bộ về công tác thi đua năm"
                " 2025 | Giám đốc Sở | Phòng họp số 2",
                "row",
            ),
            P(
                "Thứ Tư, 07/01 | Cả ngày | Kiểm tra công tác tổ chức Kỳ thi chọn học sinh giỏi cấp"
                " tỉnh lớp 12 | Phó Giám đốc Nguyễn Văn Thắng | Các điểm thi",
                "row",
            ),
            P(
                "Thứ Năm, 08/01 | Sáng | Dự Hội nghị tổng kết công tác năm 2025 của Ủy ban nhân dân"
                " tỉnh | Giám đốc Sở | Hội trường Ủy ban nhân dân tỉnh",
                "row",
            ),
            P("Thứ Sáu, 09/01 | Chiều | Họp Hội đồng Thi đua - Khen thưởng Sở | Giám đốc Sở | Phòng họp số 1", "row"),
            P("Lịch công tác có thể thay đổi, các đơn vị theo dõi thông báo của Văn phòng Sở."),
        ],
        opts={"date_line": "Ngày đăng: 03/01/2026 - 16:30", "listed": "03/01/2026", "canonical": False},
    ),
    Story(
        id=5166,
        slug="ke-hoach-to-chuc-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh-nam-hoc-2025-2026",
        title=(
            "Kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm"
            " học 2025-2026"
        ),
        cat="thong-bao",
        published_at="2025-12-22",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo ban hành Kế hoạch số 2150/KH-SGDĐT ngày 19/12/2025 về việc tổ"
                " chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học"
                " 2025-2026 (chi tiết xem tệp đính kèm)."
            ),
        ],
        opts={"date_line": "Cập nhật: 22/12/2025", "listed": "22/12/2025", "canonical": True,
              "attachment": (f"{LIB}/5e0a2c8d-71b4-4f3e-9c6a-d2b8e4f01a7c/KH-2150-SGDDT.pdf?MOD=AJPERES",
                             "KH 2150-SGDĐT Cuoc thi KHKT.pdf")},
    ),
    Story(
        id=5177,
        slug="ket-qua-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2025-2026",
        title="Kết quả Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2025-2026",
        cat="thi-tuyen-sinh",
        published_at="2026-01-09",
        blocks=[
            P(
                "Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2025-2026 diễn ra ngày 07/01/2026"
                " với 1.286 thí sinh dự thi 11 môn văn hóa tại 5 điểm thi."
            ),
            Img(
                _wcm("8f2d4c6b-1e3a-4b5c-9d7e-0a1b2c3d4e5f", "thi-hsg-lop-12.jpg"),
                "Thí sinh làm bài thi môn Ngữ văn tại điểm thi Trường THPT Lưu Văn Liệt (Ảnh: Hoài Phong)",
                "Thí sinh làm bài thi môn Ngữ văn tại điểm thi Trường THPT Lưu Văn Liệt (Ảnh: Hoài Phong)",
                "center_em",
            ),
            P(
                "Kết quả, có 512 thí sinh đạt giải, chiếm tỷ lệ 39,8%; trong đó có 24 giải Nhất, 97"
                " giải Nhì, 168 giải Ba và 223 giải Khuyến khích. Môn Tiếng Anh có nhiều giải Nhất"
                " nhất với 5 giải."
            ),
            P(
                "Sở Giáo dục và Đào tạo sẽ căn cứ kết quả kỳ thi để tuyển chọn đội tuyển dự thi chọn"
                " học sinh giỏi quốc gia năm 2026."
            ),
        ],
        photographers=["Hoài Phong"],
        opts={"date_line": "Cập nhật: 09/01/2026", "listed": "09/01/2026", "canonical": False,
              "nfd": True},
    ),
    Story(
        id=5158,
        slug="du-kien-phuong-an-tuyen-sinh-vao-lop-10-nam-hoc-2026-2027",
        title="Dự kiến phương án tuyển sinh vào lớp 10 năm học 2026-2027",
        cat="thi-tuyen-sinh",
        published_at="2025-12-12T14:10:00+07:00",
        summary=(
            "Sở Giáo dục và Đào tạo vừa công bố dự kiến phương án tuyển sinh vào lớp 10 năm học"
            " 2026-2027, áp dụng thống nhất trên địa bàn tỉnh sau hợp nhất."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo đó, tuyển sinh vào lớp 10 các trường THPT công lập không chuyên được thực hiện"
                " theo phương thức kết hợp thi tuyển và xét tuyển. Thí sinh dự thi ba môn: Ngữ văn,"
                " Toán và Tiếng Anh; điểm xét tuyển là tổng điểm ba bài thi cộng điểm ưu tiên,"
                " khuyến khích (nếu có)."
            ),
            P("Một số điểm mới của phương án:"),
            P(
                "Thí sinh được đăng ký tối đa ba nguyện vọng vào các trường THPT công lập không chuyên"
                " trong toàn tỉnh;",
                "li",
            ),
            P("Đăng ký dự tuyển hoàn toàn trực tuyến qua hệ thống tuyển sinh đầu cấp;", "li"),
            P("Các trường THPT chuyên tổ chức thi môn chuyên vào ngày thứ hai của kỳ thi.", "li"),
            P(
                "Kỳ thi dự kiến diễn ra trong hai ngày 02 và 03/6/2026. Sở sẽ ban hành kế hoạch chính"
                " thức sau khi có hướng dẫn của Bộ Giáo dục và Đào tạo."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Ngọc Trâm</strong></p>'),
        ],
        authors=["Ngọc Trâm"],
        opts={"date_line": "Ngày đăng: 12/12/2025 - 14:10", "listed": "12/12/2025", "canonical": True},
    ),
    Story(
        id=5149,
        slug="bo-giao-duc-va-dao-tao-cong-bo-lich-thi-tot-nghiep-thpt-nam-2026",
        title="Bộ Giáo dục và Đào tạo công bố lịch thi tốt nghiệp THPT năm 2026",
        cat="thi-tuyen-sinh",
        published_at="2025-12-05T09:00:00+07:00",
        blocks=[
            P(
                "Bộ Giáo dục và Đào tạo vừa ban hành kế hoạch tổ chức Kỳ thi tốt nghiệp trung học"
                " phổ thông năm 2026. Theo đó, kỳ thi dự kiến diễn ra trong các ngày 11 và 12/6/2026."
            ),
            P(
                "Thí sinh thi bắt buộc hai môn Ngữ văn và Toán, cùng hai môn tự chọn trong số các môn"
                " học lựa chọn ở lớp 12. Thí sinh đăng ký dự thi trực tuyến trên hệ thống của Bộ từ"
                " ngày 20/4 đến ngày 03/5/2026."
            ),
            P(
                "Sở Giáo dục và Đào tạo đề nghị các trường THPT và trung tâm GDNN-GDTX hướng dẫn học"
                " sinh lựa chọn môn thi phù hợp với định hướng nghề nghiệp và tổ hợp xét tuyển đại học."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Bộ Giáo dục và Đào tạo</em></p>'),
        ],
        source="Bộ Giáo dục và Đào tạo",
        opts={"date_line": "Ngày đăng: 05/12/2025 - 09:00", "listed": "05/12/2025", "canonical": True},
    ),
]

_BY_ID = {s.id: s for s in STORIES}
_BY_PATH = {(s.cat, s.slug): s for s in STORIES}


def _listed_key(story: Story) -> str:
    d, m, y = story.opts["listed"].split("/")
    return f"{y}{m}{d}{story.id:06d}"


def in_cat(cat: str) -> list[Story]:
    """A category's items, newest listing date first (the WCM menu's sort)."""
    return sorted((s for s in STORIES if s.cat == cat), key=_listed_key, reverse=True)


def pages_of(cat: str) -> int:
    return -(-len(in_cat(cat)) // CATS[cat].per_page)


def friendly(story: Story) -> str:
    return f"{PORTAL}/noi-dung-chi-tiet/{story.cat}/{story.slug}"


# --- navigational state ---------------------------------------------------------------------

#: pages of the portal: friendly name -> (page title, breadcrumb trail of (friendly, label))
PAGES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "trang-chu": ("Trang chủ", []),
    "gioi-thieu": ("Giới thiệu", [("gioi-thieu", "Giới thiệu")]),
    "gioi-thieu/lanh-dao-so": ("Lãnh đạo Sở", [("gioi-thieu", "Giới thiệu"), ("gioi-thieu/lanh-dao-so", "Lãnh đạo Sở")]),
    "tin-tuc": ("Tin tức", [("tin-tuc", "Tin tức")]),
    **{
        f"tin-tuc/{c.key}": (c.name, [("tin-tuc", "Tin tức"), (f"tin-tuc/{c.key}", c.name)])
        for c in CATS.values()
    },
    "tin-tuc/chi-tiet": ("Chi tiết tin", [("tin-tuc", "Tin tức")]),
    "noi-dung-chi-tiet": ("Nội dung chi tiết", []),
    "van-ban": ("Văn bản chỉ đạo điều hành", [("van-ban", "Văn bản")]),
    "lien-he": ("Liên hệ", [("lien-he", "Liên hệ")]),
    "tim-kiem": ("Tìm kiếm", [("tim-kiem", "Tìm kiếm")]),
    "so-do-cong": ("Sơ đồ cổng", [("so-do-cong", "Sơ đồ cổng")]),
    "dang-nhap": ("Đăng nhập", [("dang-nhap", "Đăng nhập")]),
}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").replace("=", "!")


def encode_state(view: dict) -> str:
    """The state blob: a compressed document of the view, in WPS's URL-safe alphabet."""
    raw = json.dumps(view, sort_keys=True, separators=(",", ":")).encode()
    return "04_" + _b64(zlib.compress(raw, 9))


def decode_state(blob: str) -> dict | None:
    """The view a blob encodes, or None when it is not one of ours (then the page's default)."""
    if not blob.startswith("04_"):
        return None
    try:
        data = base64.urlsafe_b64decode(blob[3:].replace("!", "=").encode())
        view = json.loads(zlib.decompress(data))
    except (ValueError, zlib.error):
        return None
    return view if isinstance(view, dict) else None


class Render:
    """One render of one page: every link it writes carries a blob unique to this render.

    The blob holds the target view, the view being rendered and the render's number (the
    per-render counter) plus the link's position, as the portal's state holds the whole
    navigational state of the page the link was rendered on.
    """

    def __init__(self, number: int, here: str, params: dict):
        self.number = number
        self.here = here
        self.params = params
        self._seq = itertools.count(1)

    def state_url(self, page: str, **params: int) -> str:
        view = {"p": page, "r": self.number, "k": next(self._seq), "o": self.here}
        if params:
            view["rp"] = params
        return f"{PORTAL}/{page}/!ut/p/z1/{encode_state(view)}/{TAIL}"

    def item_url(self, story: Story) -> str:
        """A WCM link to an item: its friendly path plus this render's state."""
        view = {"p": "noi-dung-chi-tiet", "r": self.number, "k": next(self._seq), "o": self.here}
        return f"{friendly(story)}/!ut/p/z1/{encode_state(view)}/{TAIL}"

    def self_url(self) -> str:
        view = {"p": self.here, "r": self.number, "k": 0, "o": self.here}
        if self.params:
            view["rp"] = self.params
        page = self.here
        return f"{PORTAL}/{page}/!ut/p/z1/{encode_state(view)}/{TAIL}"


# --- markup ---------------------------------------------------------------------------------

_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _wid(name: str) -> str:
    """A portlet window id in WPS's shape (Z7_ + 26 base-32 characters)."""
    digest = base64.b32encode(hashlib.sha1(name.encode()).digest()).decode()
    return "Z7_" + digest[:26]


def portlet(name: str, title: str, body: str, skin: str = "") -> str:
    """A portlet window as the 8.5 theme's standard skin draws it."""
    wid = _wid(name)
    extra = f" {skin}" if skin else ""
    return f"""<div class="component-control id-{wid}"><span id="{wid}"></span><section class="ibmPortalControl wpthemeControl{extra} a11yRegionTarget" role="region" aria-labelledby="title.{wid}">
<div class="asa.portlet" id="asa.portlet.{wid}" style="display:none;"><span class="asa.portlet.id">{wid}</span></div>
<header class="wpthemeControlHeader" role="banner" aria-label="skinHeader{wid}"><div class="wpthemeInner"><h2>
<img class="dndHandle" draggable="true" src="{_PIXEL}" alt="" />
<span id="title.{wid}" class="lm-dynamic-title asa.portlet.title a11yRegionLabel">{esc(title)}</span></h2>
<a aria-haspopup="true" aria-label="Hiển thị menu portlet" role="button" href="javascript:;" class="wpthemeIcon wpthemeMenuFocus" tabindex="0"><span title="Hiển thị menu portlet"><img aria-label="Hiển thị menu portlet" alt="" src="{_PIXEL}" /></span><span class="wpthemeAltText">Thao tác</span></a>
</div></header>
<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"><div style="position:relative; z-index: 1;"><div class="analytics.overlay"></div></div>
{body}
<div class="wpthemeClear"></div></div></section></div>"""


UNAVAILABLE = (
    '<div class="wpthemeError portlet-msg-error" role="alert">Portlet này hiện không khả dụng. Nếu sự'
    " cố vẫn tiếp diễn, vui lòng liên hệ với quản trị viên cổng thông tin.</div>"
)

MENU: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("trang-chu", "Trang chủ", []),
    ("gioi-thieu", "Giới thiệu", [("gioi-thieu", "Chức năng, nhiệm vụ"), ("gioi-thieu/lanh-dao-so", "Lãnh đạo Sở")]),
    ("tin-tuc", "Tin tức", [(f"tin-tuc/{c.key}", c.name) for c in CATS.values()]),
    ("van-ban", "Văn bản", []),
    ("lien-he", "Liên hệ", []),
]

DOCS: list[tuple[str, str, str, str]] = [
    ("2150/KH-SGDĐT", "19/12/2025", "Kế hoạch tổ chức Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026",
     f"{LIB}/5e0a2c8d-71b4-4f3e-9c6a-d2b8e4f01a7c/KH-2150-SGDDT.pdf?MOD=AJPERES"),
    ("2088/SGDĐT-GDPT", "08/12/2025", "Về việc tăng cường công tác bảo đảm an toàn trường học trong mùa mưa bão",
     f"{LIB}/1c3e5a7b-9d2f-4e6a-8b0c-2d4f6a8b0c1e/CV-2088-SGDDT-GDPT.pdf?MOD=AJPERES"),
    ("1965/QĐ-SGDĐT", "21/11/2025", "Quyết định ban hành Quy chế tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi",
     f"{LIB}/6b8d0f2a-4c6e-4a8b-9d1f-3e5a7c9b1d2f/QD-1965-SGDDT.pdf?MOD=AJPERES"),
]

LINKS = [
    ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
    ("https://vinhlong.gov.vn", "Cổng TTĐT tỉnh Vĩnh Long"),
    ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
    ("https://thisinh.thitotnghiepthpt.edu.vn", "Hệ thống quản lý thi"),
]


def _header(r: Render) -> str:
    items = []
    for page, label, subs in MENU:
        sub = ""
        if subs:
            sub = '<ul class="wpthemeSecondaryNav">' + "".join(
                f'<li><a href="{r.state_url(p)}"><span lang="vi">{esc(t)}</span></a></li>' for p, t in subs
            ) + "</ul>"
        selected = " wpthemeSelected" if r.here == page or r.here.startswith(page + "/") else ""
        items.append(
            f'<li class="wpthemeNavListItem{selected}"><a href="{r.state_url(page)}" class="wpthemeLeft">'
            f'<span lang="vi" dir="ltr">{esc(label)}</span></a>{sub}</li>'
        )
    return f"""<a href="#wpthemeMainContent" class="wpthemeSkipLink wpthemeHiddenA11y" id="wpthemeSkipLink">Bỏ qua để đến nội dung chính</a>
<header class="wpthemeHeader" role="banner" aria-label="Đầu trang">
<div class="wpthemeInner">
<div class="wpthemeBanner"><div class="wpthemeBannerLeft">
<a href="{r.state_url("trang-chu")}" class="wpthemeLogo"><img src="{THEME}/images/logo-sgddt.png" alt="{esc(SITE)}" /></a>
<div class="sgd-sitename"><span class="sgd-up">UBND TỈNH VĨNH LONG</span><span class="sgd-name">SỞ GIÁO DỤC VÀ ĐÀO TẠO</span></div></div>
<div class="wpthemeBannerRight"><span class="sgd-clock">{CLOCK}</span>
<ul class="wpthemeCommonActions"><li><a href="{r.state_url("dang-nhap")}">Đăng nhập</a></li>
<li><a href="{r.state_url("so-do-cong")}">Sơ đồ cổng</a></li><li><a href="{r.state_url("lien-he")}">Liên hệ</a></li>
<li><a href="https://vinhlong.gov.vn" target="_blank">English</a></li></ul>
<form class="wpthemeSearch" method="post" action="{r.state_url("tim-kiem")}"><input type="text" name="query" title="Nhập từ khóa" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" /></form>
</div></div>
<nav class="wpthemeHeaderNav" aria-label="Điều hướng chính"><div class="wpthemeInner"><ul class="wpthemeNavList wpthemeLeft">{"".join(items)}</ul></div></nav>
</div></header>"""


def _breadcrumb(r: Render, trail: list[tuple[str, str]]) -> str:
    parts = [f'<a href="{r.state_url("trang-chu")}">Trang chủ</a>']
    for i, (page, label) in enumerate(trail):
        if i == len(trail) - 1:
            parts.append(f'<span class="wpthemeSelected">{esc(label)}</span>')
        else:
            parts.append(f'<a href="{r.state_url(page)}">{esc(label)}</a>')
    return (
        '<div class="wpthemeBreadcrumbTrail" role="navigation" aria-label="Đường dẫn">'
        + ' <span class="wpthemeSeparator">›</span> '.join(parts)
        + "</div>"
    )


def _sidebar(r: Render) -> str:
    docs = "".join(
        f'<li><a href="{href}" target="_blank" title="{esc(summary)}">{esc(no)}</a>'
        f'<span class="doc-date"> - {day}</span><p>{esc(summary)}</p></li>'
        for no, day, summary, href in DOCS
    )
    links = "".join(f'<option value="{u}">{esc(t)}</option>' for u, t in LINKS)
    newest = sorted(STORIES, key=_listed_key, reverse=True)[:5]
    hot = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:4]
    return "".join(
        [
            portlet(
                "tin-moi",
                "Tin mới cập nhật",
                '<ul class="wcm-menu tin-moi">'
                + "".join(f'<li><a href="{r.item_url(s)}">{esc(s.title)}</a></li>' for s in newest)
                + "</ul>",
            ),
            portlet(
                "xem-nhieu",
                "Tin đọc nhiều",
                '<ol class="wcm-menu xem-nhieu">'
                + "".join(f'<li><a href="{r.item_url(s)}">{esc(s.title)}</a> <span>({s.views()} lượt xem)</span></li>' for s in hot)
                + "</ol>",
            ),
            portlet(
                "van-ban-moi",
                "Văn bản mới",
                f'<ul class="vb-moi">{docs}</ul><a class="xem-tat-ca" href="{r.state_url("van-ban")}">Xem tất cả »</a>',
            ),
            portlet("lich-tiep-dan", "Lịch tiếp công dân", UNAVAILABLE),
            portlet(
                "tham-do",
                "Thăm dò ý kiến",
                f'<form method="post" action="{r.state_url("trang-chu", poll=3)}"><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>'
                '<label><input type="radio" name="opt" value="1" /> Rất hài lòng</label><br />'
                '<label><input type="radio" name="opt" value="2" /> Hài lòng</label><br />'
                '<label><input type="radio" name="opt" value="3" /> Chưa hài lòng</label><br />'
                '<input type="submit" value="Biểu quyết" /> <input type="button" value="Xem kết quả" onclick="return false;" /></form>',
            ),
            portlet(
                "lien-ket",
                "Liên kết website",
                '<select onchange="if(this.value!=\'\') window.open(this.value);" title="Liên kết website">'
                f'<option value="">-- Chọn liên kết --</option>{links}</select>',
            ),
            portlet(
                "thong-ke",
                "Thống kê truy cập",
                '<ul class="thong-ke"><li>Đang trực tuyến: <b>41</b></li><li>Hôm nay: <b>1.276</b></li>'
                '<li>Tổng lượt truy cập: <b>3.512.846</b></li></ul>',
            ),
        ]
    )


def _footer() -> str:
    return f"""<footer class="wpthemeFooter" role="contentinfo"><div class="wpthemeInner">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG</strong></p>
<p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Vĩnh Long. Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo.</p>
<p>Địa chỉ: Số 43 đường Nguyễn Huệ, phường Phước Hậu, tỉnh Vĩnh Long. Điện thoại: 0270 3822 157 - Fax: 0270 3823 214 - Email: sgddt@vinhlong.gov.vn</p>
<p>Ghi rõ nguồn "{esc(SHORT)}" khi phát hành lại thông tin từ website này.</p>
<p class="ibm-powered">Vận hành trên nền tảng IBM WebSphere Portal</p>
</div></footer>"""


def page(request: Request, r: Render, title: str, trail: list[tuple[str, str]], main: str,
         canonical: str | None = None, side: bool = True) -> str:
    base = base_url(request)
    here = r.self_url()
    head_canonical = f'<link rel="canonical" href="{base}{canonical}" />\n' if canonical else ""
    columns = (
        f'<div class="component-container wpthemeCol wpthemeCol9of12 wpthemeLeft ibmDndColumn id-{_wid("col-main")}" name="ibmMainContainer">{main}</div>'
        f'<div class="component-container wpthemeCol wpthemeCol3of12 wpthemeLeft ibmDndColumn id-{_wid("col-side")}" name="ibmSideContainer">{_sidebar(r) if side else ""}</div>'
    )
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<base href="{base}{here}" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)} - {esc(SHORT)}</title>
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="{here}" />
<link rel="bookmark" title="{esc(title)}" href="{here}" hreflang="vi" />
{head_canonical}<link href="{THEME}/css/master.css" rel="stylesheet" type="text/css" />
<link href="/wps/contenthandler/!ut/p/digest!q0aP1bF8rXcY0nqkqkSe2A/sp/mashup:ra:collection?themeID=ZJ_5AO0I0G0L8KQ50QUDNBG1A1000&amp;locale=vi&amp;mime-type=text%2Fcss&amp;entry=wp_theme_portal_85__0.0%3Ahead_css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="{THEME}/js/sgddt.js"></script>
<link rel="shortcut icon" href="{THEME}/images/favicon.ico" type="image/x-icon" />
</head>
<body class="lotusui30dojo tundra locale_vi">
<div class="wpthemeFrame">
{_header(r)}
<div class="wpthemeMainContent" id="wpthemeMainContent" role="main" tabindex="-1">
<div class="wpthemeInner">{_breadcrumb(r, trail)}
<div style="display:none" id="portletState">{{}}</div>
<div id="layoutContainers" class="wpthemeLayoutContainers"><div class="wpthemeInner">{columns}</div></div>
</div></div>
{_footer()}
</div>
</body>
</html>"""


# --- article markup -------------------------------------------------------------------------


def _render_text(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


def _image(story: Story, img: Img) -> str:
    tag = f'<img alt="" src="{img.src}" style="width: 640px; height: 427px;" />'
    line = _render_text(story, img.printed) if img.printed else ""
    if img.style == "bare" or not line:
        return f'<p style="text-align: center;">{tag}</p>'
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 640px;"><tbody>'
            f'<tr><td>{tag}</td></tr><tr><td style="text-align: center;"><em>{line}</em></td></tr></tbody></table>'
        )
    if img.style == "br_em":
        return f'<p style="text-align: center;">{tag}<br />\n<em>{line}</em></p>'
    return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{line}</em></p>'


def body_markup(story: Story) -> str:
    out: list[str] = []
    rows: list[P] = []
    items: list[P] = []

    def flush() -> None:
        if rows:
            trs = []
            for row in rows:
                cells = row.text.split(" | ")
                if row.style == "row_head":
                    trs.append("<tr>" + "".join(f'<td style="text-align: center;"><strong>{_render_text(story, c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    trs.append("<tr>" + "".join(f"<td>{_render_text(story, c)}</td>" for c in cells) + "</tr>")
            out.append('<table border="1" cellpadding="3" cellspacing="0" style="width: 100%;"><tbody>' + "".join(trs) + "</tbody></table>")
            rows.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{_render_text(story, i.text)}</li>" for i in items) + "</ul>")
            items.clear()

    for block in story.blocks:
        if isinstance(block, P) and block.style in ("row", "row_head"):
            if items:
                flush()
            rows.append(block)
            continue
        if isinstance(block, P) and block.style == "li":
            if rows:
                flush()
            items.append(block)
            continue
        flush()
        if isinstance(block, P):
            out.append(f'<p style="text-align: justify;">{_render_text(story, block.text)}</p>')
        elif isinstance(block, Img):
            out.append(_image(story, block))
        else:
            out.append(block.html)
    flush()
    return "\n".join(out)


def _others(r: Render, story: Story) -> str:
    rest = [s for s in in_cat(story.cat) if s.id != story.id][:5]
    if not rest:
        return ""
    lis = "".join(
        f'<li><a href="{r.item_url(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["listed"]})</span></li>'
        for s in rest
    )
    return f'<div class="cac-tin-khac"><h3>Các tin khác</h3><ul>{lis}</ul></div>'


def detail_main(request: Request, r: Render, story: Story, window: str) -> str:
    base = base_url(request)
    date_line = story.opts.get("date_line")
    date_html = f'<div class="ngay-dang">{esc(date_line)}</div>' if date_line else ""
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="sapo"><strong>{_render_text(story, story.summary)}</strong></div>'
    attach = ""
    if story.opts.get("attachment"):
        href, label = story.opts["attachment"]
        attach = (
            f'<div class="tep-dinh-kem"><span>Tệp đính kèm:</span> <a href="{href}" target="_blank">'
            f'<img src="{THEME}/images/pdf.gif" alt="" /> {esc(label)}</a></div>'
        )
    share = quote(base + friendly(story), safe="")
    tools = (
        '<div class="cong-cu">'
        f'<a href="?{PRINT_QUERY}" target="_blank" title="In bài viết">In bài</a> | '
        f'<a href="mailto:?subject={quote(story.title)}&amp;body={share}">Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ Facebook</a> | '
        '<a href="javascript:history.back();">Quay lại</a>'
        f'<span class="luot-xem">Lượt xem: {story.views()}</span></div>'
    )
    article = (
        f'<div class="wcm-chi-tiet"><h1 class="tieu-de">{esc(story.title)}</h1>{date_html}{sapo}'
        f'<div class="noi-dung">{body_markup(story)}</div>{attach}{tools}{_others(r, story)}</div>'
    )
    return portlet(window, CATS[story.cat].name, article)


def detail_page(request: Request, r: Render, story: Story, window: str) -> str:
    cat = CATS[story.cat]
    trail = [("tin-tuc", "Tin tức"), (f"tin-tuc/{cat.key}", cat.name)]
    # the breadcrumb's last entry is the category: the item itself is not a portal page
    main = detail_main(request, r, story, window)
    canonical = friendly(story) if story.opts.get("canonical") else None
    return page(request, r, "Nội dung chi tiết", trail, main, canonical=canonical)


def print_page(request: Request, story: Story) -> str:
    date_line = story.opts.get("date_line") or ""
    sapo = f"<p><strong>{esc(story.summary)}</strong></p>" if story.summary and story.sapo_outside else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>In bài viết - {esc(SHORT)}</title></head>
<body onload="window.print();" class="in-bai"><div class="in-header">{esc(SITE)}</div>
<h2>{esc(story.title)}</h2><div>{esc(date_line)}</div>{sapo}{body_markup(story)}
<div class="in-footer">Địa chỉ bài viết: {esc(base_url(request) + friendly(story))}</div></body></html>"""


# --- the other pages ------------------------------------------------------------------------


def _item_entry(r: Render, s: Story, teaser: bool) -> str:
    thumb = ""
    if teaser and s.images:
        src = s.images[0].src
        thumb = f'<a href="{r.item_url(s)}"><img class="thumb" src="{src}" alt="" width="120" /></a>'
    lead = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    if len(lead) > 200:
        lead = lead[:200].rsplit(" ", 1)[0] + "..."
    desc = f'<p class="mo-ta">{esc(lead)}</p>' if teaser else ""
    return (
        f'<div class="wcm-item">{thumb}<a class="tieu-de" href="{r.item_url(s)}">{esc(s.title)}</a>'
        f' <span class="ngay">({s.opts["listed"]})</span>{desc}</div>'
    )


def listing_main(r: Render, cat: Cat, number: int) -> str:
    items = in_cat(cat.key)
    total = pages_of(cat.key)
    chunk = items[(number - 1) * cat.per_page : number * cat.per_page]
    here = f"tin-tuc/{cat.key}"
    if chunk:
        entries = "".join(_item_entry(r, s, True) for s in chunk)
    else:
        entries = '<div class="wcm-empty">Không có dữ liệu</div>'
    pager = [f'<span class="pager-info">Trang {min(number, total)}/{total}</span>']
    if number > 1:
        pager.append(f'<a href="{r.state_url(here, pg=1)}" title="Trang đầu">«</a>')
        pager.append(f'<a href="{r.state_url(here, pg=number - 1)}" title="Trang trước">‹</a>')
    for n in range(1, total + 1):
        pager.append(f"<b>{n}</b>" if n == number else f'<a href="{r.state_url(here, pg=n)}">{n}</a>')
    if number < total:
        pager.append(f'<a href="{r.state_url(here, pg=number + 1)}" title="Trang sau">›</a>')
        pager.append(f'<a href="{r.state_url(here, pg=total)}" title="Trang cuối">»</a>')
    return portlet(f"menu-{cat.key}", cat.name, f'<div class="wcm-list">{entries}</div><div class="wcm-pager">{" ".join(pager)}</div>')


def home_main(r: Render) -> str:
    featured = [s for s in sorted(STORIES, key=_listed_key, reverse=True) if s.opts.get("featured")]
    lead, rest = featured[0], featured[1:]
    lead_img = lead.images[0].src if lead.images else f"{THEME}/images/no-image.jpg"
    teaser = lead.summary or lead.paragraphs[0]
    hot = (
        f'<div class="noi-bat"><a href="{r.state_url("tin-tuc/chi-tiet", cid=lead.id)}"><img src="{lead_img}" alt="" width="420" /></a>'
        f'<h3><a href="{r.state_url("tin-tuc/chi-tiet", cid=lead.id)}">{esc(lead.title)}</a></h3><p>{esc(teaser[:220])}...</p>'
        '<ul class="noi-bat-khac">'
        + "".join(f'<li><a href="{r.state_url("tin-tuc/chi-tiet", cid=s.id)}">{esc(s.title)}</a></li>' for s in rest)
        + "</ul></div>"
    )
    blocks = [portlet("noi-bat", "Tin nổi bật", hot)]
    for key, count in (("tin-tuc-su-kien", 3), ("thong-bao", 3), ("thi-tuyen-sinh", 2)):
        cat = CATS[key]
        entries = "".join(_item_entry(r, s, key == "tin-tuc-su-kien") for s in in_cat(key)[:count])
        more = f'<a class="xem-them" href="{r.state_url(f"tin-tuc/{key}")}">Xem thêm</a>'
        blocks.append(portlet(f"home-{key}", cat.name, entries + more))
    return "".join(blocks)


def news_main(r: Render) -> str:
    out = []
    for cat in CATS.values():
        entries = "".join(_item_entry(r, s, False) for s in in_cat(cat.key)[:2])
        out.append(portlet(f"tong-hop-{cat.key}", cat.name, entries + f'<a class="xem-them" href="{r.state_url(f"tin-tuc/{cat.key}")}">Xem tiếp »</a>'))
    return "".join(out)


ABOUT = [
    "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Vĩnh Long, có chức năng"
    " tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông,"
    " giáo dục thường xuyên và các cơ sở giáo dục khác trên địa bàn tỉnh.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý về tổ chức,"
    " biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo, hướng dẫn, kiểm"
    " tra về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.",
    "Cơ cấu tổ chức của Sở gồm Văn phòng, Thanh tra và các phòng: Tổ chức cán bộ, Kế hoạch - Tài chính,"
    " Giáo dục phổ thông, Giáo dục mầm non - Giáo dục thường xuyên, Quản lý chất lượng.",
]

LEADERS = [
    ("Giám đốc Sở", "Ông Phạm Văn Lộc", "0270 3822 157"),
    ("Phó Giám đốc Sở", "Ông Nguyễn Văn Thắng", "0270 3823 019"),
    ("Phó Giám đốc Sở", "Bà Trần Thị Ngọc Điệp", "0270 3826 441"),
]


def about_main() -> str:
    return portlet("gioi-thieu", "Chức năng, nhiệm vụ", "".join(f"<p>{esc(p)}</p>" for p in ABOUT))


def leaders_main() -> str:
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in LEADERS)
    return portlet("lanh-dao", "Lãnh đạo Sở", f'<table class="lanh-dao"><tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>{rows}</table>')


def docs_main() -> str:
    rows = "".join(
        f'<tr><td>{esc(no)}</td><td>{day}</td><td>{esc(summary)}</td><td><a href="{href}" target="_blank">Tải về</a></td></tr>'
        for no, day, summary, href in DOCS
    )
    return portlet(
        "van-ban",
        "Văn bản chỉ đạo điều hành",
        f'<table class="vb-list"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>',
    )


def contact_main(r: Render) -> str:
    return portlet(
        "lien-he",
        "Liên hệ",
        "<p>Sở Giáo dục và Đào tạo tỉnh Vĩnh Long</p><p>Địa chỉ: Số 43 đường Nguyễn Huệ, phường Phước Hậu, tỉnh Vĩnh Long</p>"
        "<p>Điện thoại: 0270 3822 157 - Email: sgddt@vinhlong.gov.vn</p>"
        f'<form method="post" action="{r.state_url("lien-he", gui=1)}"><label>Họ tên <input name="hoten" /></label>'
        '<label>Email <input name="email" /></label><label>Nội dung <textarea name="noidung"></textarea></label>'
        '<input type="submit" value="Gửi liên hệ" /></form>',
    )


def sitemap_main(r: Render) -> str:
    lis = []
    for page_key, label, subs in MENU:
        sub = "".join(f'<li><a href="{r.state_url(p)}">{esc(t)}</a></li>' for p, t in subs)
        lis.append(f'<li><a href="{r.state_url(page_key)}">{esc(label)}</a>{f"<ul>{sub}</ul>" if sub else ""}</li>')
    return portlet("so-do", "Sơ đồ cổng", f'<ul class="so-do-cong">{"".join(lis)}</ul>')


def login_main(r: Render) -> str:
    return portlet(
        "dang-nhap",
        "Đăng nhập",
        f'<form method="post" action="{r.state_url("dang-nhap", login=1)}"><label>Tên đăng nhập <input name="wps.portlets.userid" /></label>'
        '<label>Mật khẩu <input type="password" name="password" /></label><input type="submit" value="Đăng nhập" /></form>',
    )


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def search_main(r: Render, query: str) -> str:
    form = (
        f'<form method="post" action="{r.state_url("tim-kiem")}"><input name="query" value="{esc(query)}" />'
        '<input type="submit" value="Tìm kiếm" /></form>'
    )
    if not query:
        return portlet("tim-kiem", "Tìm kiếm", form)
    hits = [s for s in sorted(STORIES, key=_listed_key, reverse=True) if _fold(query) in _fold(s.title + " " + " ".join(s.paragraphs))]
    results = "".join(_item_entry(r, s, False) for s in hits) or "<p>Không tìm thấy kết quả phù hợp.</p>"
    return portlet("tim-kiem", "Tìm kiếm", f"{form}<p>Tìm thấy {len(hits)} kết quả cho «{esc(query)}»</p>{results}")


# --- the site -------------------------------------------------------------------------------

_STATE_PATH = re.compile(r"^(?P<friendly>.*?)/!ut/p/z1/(?P<blob>[^/]+)(?:/dz/d5/[^/]+)?/?$")


def _is_print(request: Request) -> bool:
    """WCM's print view: the item under another presentation template."""
    return request.params.get("presentationtemplate") == "sgddt-design/PT-InBai"


class WebSpherePortal:
    """Routes friendly paths, with or without a state blob; renders each page with a fresh counter."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)
        self._lock = threading.Lock()

    def _render(self, here: str, params: dict) -> Render:
        with self._lock:
            number = next(self._counter)
        return Render(number, here, params)

    def _home_redirect(self) -> Response:
        r = self._render("trang-chu", {})
        return redirect(r.self_url(), 302)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/wps/portal", "/wps/portal/", PORTAL, PORTAL + "/"):
            return self._home_redirect()
        if path.startswith("/wps/wcm/connect/") or path.startswith("/wps/contenthandler/"):
            if path.endswith(".pdf"):
                known = {d[3].split("?")[0] for d in DOCS}
                return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in known else None
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if not path.startswith(PORTAL + "/"):
            return None
        rest = path[len(PORTAL) + 1 :]
        state: dict | None = None
        if "/!ut/p/" in rest:
            m = _STATE_PATH.match(rest)
            if not m:
                return None
            rest = m.group("friendly")
            state = decode_state(m.group("blob"))
        rest = rest.rstrip("/")
        params = dict(state.get("rp", {})) if state and state.get("p") == rest else {}
        return self._page(request, rest, params)

    def _page(self, request: Request, here: str, params: dict) -> Response | None:
        if here.startswith("noi-dung-chi-tiet/"):
            parts = here.split("/")
            story = _BY_PATH.get((parts[1], parts[2])) if len(parts) == 3 else None
            if story is None:
                return None
            if _is_print(request):
                return html(print_page(request, story))
            r = self._render(here, {})
            return html(detail_page(request, r, story, "wcm-viewer"))
        if here not in PAGES:
            return None
        title, trail = PAGES[here]
        r = self._render(here, params)
        if here == "trang-chu":
            return html(page(request, r, title, trail, home_main(r)))
        if here == "tin-tuc":
            return html(page(request, r, title, trail, news_main(r)))
        if here.startswith("tin-tuc/") and here[8:] in CATS:
            number = params.get("pg", 1)
            if not isinstance(number, int) or number < 1:
                number = 1
            return html(page(request, r, title, trail, listing_main(r, CATS[here[8:]], number)))
        if here == "tin-tuc/chi-tiet":
            story = _BY_ID.get(params.get("cid", 0))
            if story is None:
                main = portlet("chi-tiet-noi-bat", "Chi tiết tin", '<div class="wcm-empty">Không có nội dung để hiển thị.</div>')
                return html(page(request, r, title, trail, main))
            if _is_print(request):
                return html(print_page(request, story))
            return html(detail_page(request, r, story, "chi-tiet-noi-bat"))
        if here == "gioi-thieu":
            return html(page(request, r, title, trail, about_main()))
        if here == "gioi-thieu/lanh-dao-so":
            return html(page(request, r, title, trail, leaders_main()))
        if here == "van-ban":
            return html(page(request, r, title, trail, docs_main()))
        if here == "lien-he":
            return html(page(request, r, title, trail, contact_main(r)))
        if here == "so-do-cong":
            return html(page(request, r, title, trail, sitemap_main(r)))
        if here == "dang-nhap":
            return html(page(request, r, title, trail, login_main(r), side=False))
        if here == "tim-kiem":
            query = request.form.get("query", "").strip() if request.method == "POST" else ""
            return html(page(request, r, title, trail, search_main(r, query)))
        return None


def build_site() -> WebSpherePortal:
    """A fresh site: its render counter starts at 1."""
    return WebSpherePortal()


# --- gold -----------------------------------------------------------------------------------

GOLD: list[dict] = [gold_record(s, friendly(s), CATS[s.cat].name) for s in STORIES]

NON_ARTICLES: list[str] = [
    f"{PORTAL}/trang-chu",
    f"{PORTAL}/tin-tuc",
    *(f"{PORTAL}/tin-tuc/{c}" for c in CATS),
    f"{PORTAL}/tin-tuc/chi-tiet",
    f"{PORTAL}/gioi-thieu",
    f"{PORTAL}/gioi-thieu/lanh-dao-so",
    f"{PORTAL}/van-ban",
    f"{PORTAL}/lien-he",
    f"{PORTAL}/tim-kiem",
    f"{PORTAL}/so-do-cong",
    f"{PORTAL}/dang-nhap",
    *(f"{friendly(s)}?{PRINT_QUERY}" for s in STORIES[:3]),
    *(d[3].replace("&amp;", "&") for d in DOCS),
]
