"""Sở GD&ĐT Hà Giang on the Yii2-based provincial e-government portal of Hà Giang, a platform
shared by every department of the province ("Cổng thông tin điện tử tỉnh Hà Giang — Sở Giáo
dục và Đào tạo").

Platform
--------
One Yii2 advanced-template application serves all agencies of the province from one host; each
agency is a path prefix (``/sogddt/``, ``/soyte/``, ``/sotuphap/``, ``/sotttt/`` …) routed by
``UrlManager`` rules to the same controllers with an ``agency`` parameter. The news table is
shared, so article ids are unique across agencies and interleaved. Every page carries the Yii
marks: ``<meta name="csrf-param" content="_csrf-frontend">`` and a csrf token, Bootstrap 3
markup, the ``yii\\widgets\\LinkPager`` pager (``ul.pagination``: «, 1, 2, 3, », links carry
``data-page``, page 1 is printed as ``?page=1`` because ``forcePageParam`` is on) and
``yii\\widgets\\Breadcrumbs`` (``ul.breadcrumb``; the theme prints "»" between the items).
``Pagination::validatePage`` clamps an out-of-range ``?page=`` to the last page (200, not 404).

Page chrome (every agency page): the province banner, the header clock "Thứ Sáu, ngày
04/12/2026" (today, never a publication date), a "Tin mới" marquee, the agency's own menu, a
"Các sở, ban, ngành" dropdown linking the other agencies, the shared "Tin nổi bật của tỉnh"
carousel (the province's pick of other agencies' posts, ``/soyte/tin-tuc/…`` etc.), a sidebar
("Tin đọc nhiều", "Văn bản mới", a poll, "Liên kết website", the visitor counter "Đang online /
Hôm nay / Tổng truy cập"), and a footer with the Sở's address and the agencies block.

URL scheme
----------
- ``/`` the province portal's home (agency list and the carousel): not the Sở's site.
- ``/sogddt/`` the Sở's home (START_PATH): featured slider, "Tin mới nhất", one block per
  category, sidebar.
- ``/sogddt/tin-tuc/<slug>-<id>.html`` an article. The slug is decoration: the rule matches
  ``<slug>-<id:\\d+>`` and a wrong slug answers 301 to the right one.
- ``/sogddt/tin-tuc/in/<id>.html`` the print view ("In bài"): the article without chrome.
- ``/sogddt/index.php?r=tin-tuc%2Fview&id=<id>`` the raw Yii route, leaked by the "Tin mới"
  marquee: the full article page again (with rel=canonical to the pretty URL).
- ``/sogddt/danh-muc/<slug>.html?page=<n>`` category listings, 8 items per page.
- ``/sogddt/van-ban`` (``?page=n``, 10 per page) the documents register;
  ``/sogddt/van-ban/<slug>-<id>.html`` a document entry (number, date, signer, PDF).
- ``/sogddt/gioi-thieu.html``, ``/sogddt/lien-he.html`` static pages (same h1.news-title and
  div.news-content as an article, no date).
- ``/<agency>/…`` the same forms for the other agencies (``/soyte/``, ``/sotuphap/``, …).
- ``/uploads/<agency>/…`` uploads; ``/themes/hagiang/…`` theme files.

Article template::

    ul.breadcrumb  Trang chủ » Tin giáo dục
    h1.news-title
    div.news-meta  <span class="news-date">18/11/2026 | 08:30</span> (some: "Cập nhật: …")
                   <span class="news-views">Số lượt xem: 456</span>
    div.news-sapo  (italic bold lead; an empty div when there is none)
    div.news-content  CKEditor HTML: paragraphs, images with <p class="img-caption">, a few
                      older posts with a centred italic line, a <figure> or a plain <p> under
                      the photo (the caption all the same), lists, tables, the
                      byline and source lines at the end
    div.news-tools "In bài | Gửi email | Chia sẻ"
    div.news-related "Tin liên quan" (hand-picked by the editor, with dates)

How each gold article is reached
--------------------------------
- The six newest: "Tin mới nhất" on /sogddt/; the category blocks of the home show the 4 newest
  items of each category; "Tin đọc nhiều" and the slider pick a few more.
- Every article is on page 1 of its category except two: "Chỉ đạo điều hành" and "Thông báo"
  list document entries (van-ban) mixed with the news, so "Hướng dẫn tổ chức kiểm tra, đánh
  giá cuối học kỳ I …" (20/10) is only on ``chi-dao-dieu-hanh.html?page=2`` and "Thông báo kết
  quả xét công nhận sáng kiến …" (15/09) only on ``thong-bao.html?page=3``.

Traps
-----
- Other agencies' articles (``/soyte/tin-tuc/…``, ``/sotuphap/tin-tuc/…``) print the very same
  template and are linked from every Sở page (carousel, dropdown, footer): they are NOT this
  portal's articles. The Sở's start URL is the only config: stay under ``/sogddt/``.
- Category listings mix news with document entries; document entries look like news items.
- Static pages share the article template without a date.
- Duplicates of one article: print view, raw Yii route (both in gold's alt_paths), and an old
  slug (301) left in a related list after the editor retitled the post.
- Out-of-range listing pages answer 200 with the last page (Yii's validatePage).
- The header date and the "Cập nhật" date are not publication dates; "Số lượt xem" is not text.
- Bylines: "Hoàng Thị Hoa - Phòng GDMN" (the department after the name is dropped), "Tin, ảnh:
  Văn phòng Sở" (the unit, author and photographer), "PV" (nobody), "Tin: ThS. … ; Ảnh: …"
  (degree dropped), a bare unit ("Phòng GDTrH"), "Nguồn: Báo Hà Giang" (source), "Ảnh:
  Internet" (nobody).

Gold decisions
--------------
- title: h1.news-title; published_at: the "dd/mm/YYYY | HH:MM" line (+07:00).
- summary: div.news-sapo when not empty; it is the body's first paragraph.
- body: div.news-content paragraphs, headings, list items, table rows (cells " | "); a <br>
  splits a paragraph; captions, byline, source, tools, related list, views are not body.
- images: photos of div.news-content in order, caption = the line printed with the photo.
- category: the breadcrumb's last item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "yii_egov_sgddt"
PLATFORM = "Yii2 provincial e-government portal (multi-agency, /<agency>/ prefixes), Bootstrap 3 theme"
START_PATH = "/sogddt/"

AG = "sogddt"
TODAY_VN = "Thứ Sáu, ngày 04/12/2026"
PER_PAGE = 8
DOCS_PER_PAGE = 10
PROVINCE = "Cổng thông tin điện tử tỉnh Hà Giang"
SITE_NAME = "Sở Giáo dục và Đào tạo"

CATEGORIES = {
    "tin-giao-duc": "Tin giáo dục",
    "chi-dao-dieu-hanh": "Chỉ đạo điều hành",
    "thong-bao": "Thông báo",
    "hoat-dong-cua-so": "Hoạt động của Sở",
}

AGENCIES = {
    "sogddt": "Sở Giáo dục và Đào tạo",
    "soyte": "Sở Y tế",
    "sotuphap": "Sở Tư pháp",
    "sotttt": "Sở Thông tin và Truyền thông",
    "sonnptnt": "Sở Nông nghiệp và Phát triển nông thôn",
    "sovhttdl": "Sở Văn hóa, Thể thao và Du lịch",
}


def up(name: str, ag: str = AG) -> str:
    return f"/uploads/{ag}/2026/11/{name}"


def B(line: str) -> Raw:
    """A right-aligned bold closing line (byline or unit), as the editors type it."""
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


def SRC(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><em>{esc(line)}</em></p>')


# --- the Sở's articles ---------------------------------------------------------------------
#
# opts: time (HH:MM printed), updated (the "Cập nhật" line), related (ids of "Tin liên quan"),
# old_slug (a former slug still linked somewhere: 301). P styles: "" paragraph, "h" bold
# sub-heading paragraph, "h3" <h3>, "li" bullets, "ol" numbered list, "th"/"td" table rows,
# "quote" blockquote, "br" a line joined to the previous paragraph with <br>.
# Img styles: "cap" <p class="img-caption">, "em" centred italic line, "fig" <figure>,
# "plain" a plain paragraph under the photo.

STORIES: list[Story] = [
    Story(
        48231,
        "truong-ptdtbt-thcs-lung-cu-to-chuc-ngay-hoi-van-hoa-cac-dan-toc",
        "Trường PTDTBT THCS Lũng Cú tổ chức Ngày hội văn hóa các dân tộc",
        "tin-giao-duc",
        "2026-11-27T15:10:00+07:00",
        [
            P(
                "Chiều 26/11, Trường Phổ thông dân tộc bán trú THCS Lũng Cú (huyện Đồng Văn) tổ chức "
                "Ngày hội văn hóa các dân tộc với sự tham gia của hơn 420 học sinh các dân tộc Mông, "
                "Lô Lô, Tày, Dao đang học tập tại trường."
            ),
            Img(
                up("lung-cu-ngay-hoi-1.jpg"),
                "Học sinh dân tộc Lô Lô biểu diễn điệu múa trống đồng",
                "Học sinh dân tộc Lô Lô biểu diễn điệu múa trống đồng",
                "cap",
            ),
            P(
                "Ngày hội gồm các hoạt động: trình diễn trang phục truyền thống, thi gói bánh chưng, "
                "làm bánh tam giác mạch, các trò chơi dân gian như ném pao, đánh quay, kéo co và hát "
                "giao duyên. Mỗi lớp là một đội thi, tự chuẩn bị trang phục, đạo cụ với sự hỗ trợ của "
                "giáo viên chủ nhiệm và phụ huynh."
            ),
            P(
                "Thầy giáo Vàng Mí Dình, Hiệu trưởng nhà trường cho biết: “Ngày hội là dịp để các em "
                "thêm hiểu, thêm yêu bản sắc văn hóa của dân tộc mình và của các bạn, từ đó gắn bó "
                "với trường lớp, giảm tình trạng bỏ học giữa chừng”.",
                "quote",
            ),
            Img(up("lung-cu-ngay-hoi-2.jpg"), None, None, "cap"),
            P(
                "Kết thúc ngày hội, Ban tổ chức trao 3 giải nhất, 4 giải nhì và 6 giải ba cho các "
                "tập thể lớp; đồng thời trao 30 suất quà, mỗi suất trị giá 500.000 đồng cho học sinh "
                "có hoàn cảnh đặc biệt khó khăn do Công ty Điện lực Hà Giang tài trợ."
            ),
            B("Tin, ảnh: Giàng Seo Chứ"),
        ],
        authors=["Giàng Seo Chứ"],
        photographers=["Giàng Seo Chứ"],
        opts={"related": [48190, 48175], "old_link": 48175},
    ),
    Story(
        48212,
        "dong-van-bao-dam-bua-an-ban-tru-cho-hoc-sinh-vung-cao-mua-dong",
        "Đồng Văn: Bảo đảm bữa ăn bán trú cho học sinh vùng cao mùa đông",
        "tin-giao-duc",
        "2026-11-24T09:45:00+07:00",
        [
            P(
                "Những ngày đầu đông, nhiệt độ tại các xã vùng cao huyện Đồng Văn có lúc xuống dưới "
                "5 độ C. Các trường học trên địa bàn đã chủ động nhiều giải pháp bảo đảm bữa ăn, chỗ "
                "ngủ cho gần 9.000 học sinh bán trú."
            ),
            P(
                "Tại Trường PTDTBT Tiểu học Sủng Là, bếp ăn được cải tạo, lắp thêm tủ hấp cơm và "
                "bình nước nóng. Mỗi bữa ăn của học sinh có đủ cơm, thịt, rau xanh và canh nóng; "
                "định lượng được niêm yết công khai tại nhà ăn."
            ),
            Img(
                up("dong-van-ban-tru.jpg"),
                "Bữa trưa của học sinh bán trú Trường PTDTBT Tiểu học Sủng Là",
                "Bữa trưa của học sinh bán trú Trường PTDTBT Tiểu học Sủng Là",
                "cap",
            ),
            P(
                "Cô giáo Lù Thị Dung chia sẻ: mùa đông, giáo viên thay nhau ở lại trường, kiểm tra "
                "chăn màn, nhắc các em mặc đủ ấm trước khi đi ngủ và tổ chức sinh hoạt tập thể buổi "
                "tối để học sinh yên tâm ở bán trú."
            ),
            P(
                "Phòng GD&ĐT huyện Đồng Văn cho biết, năm học 2026-2027 toàn huyện có 41 trường phổ "
                "thông dân tộc bán trú; 100% học sinh bán trú được hưởng chính sách hỗ trợ tiền ăn, "
                "tiền nhà ở và gạo theo quy định."
            ),
            B("Thu Phương"),
            SRC("Nguồn: Báo Hà Giang"),
        ],
        authors=["Thu Phương"],
        source="Báo Hà Giang",
        opts={"related": [48240, 48231]},
    ),
    Story(
        48240,
        "nganh-giao-duc-ha-giang-trao-1-200-ao-am-cho-hoc-sinh-vung-cao",
        "Ngành Giáo dục Hà Giang trao 1.200 áo ấm cho học sinh vùng cao",
        "tin-giao-duc",
        "2026-12-01T16:20:00+07:00",
        [
            P(
                "Ngày 30/11/2026, Công đoàn ngành Giáo dục tỉnh phối hợp với các nhà hảo tâm tổ chức "
                "chương trình “Áo ấm cho em” tại huyện Mèo Vạc và Yên Minh."
            ),
            P(
                "Tổng giá trị quà tặng hơn 480 triệu đồng, gồm 1.200 áo ấm, 600 đôi ủng, 300 bộ chăn "
                "và 2 tấn gạo. Quà được trao trực tiếp tới học sinh của 12 trường mầm non, tiểu học ở "
                "các xã đặc biệt khó khăn."
            ),
            Img(
                up("ao-am-cho-em.jpg"),
                "Các em học sinh Trường Mầm non Pả Vi nhận áo ấm",
                "Các em học sinh Trường Mầm non Pả Vi nhận áo ấm",
                "cap",
            ),
            P(
                "Phát biểu tại buổi trao quà, đại diện lãnh đạo Sở GD&ĐT đề nghị các nhà trường tiếp "
                "tục rà soát, nắm chắc hoàn cảnh học sinh, kịp thời vận động hỗ trợ để không em nào "
                "phải nghỉ học vì thiếu áo ấm trong mùa đông."
            ),
            B("PV"),
        ],
        summary=(
            "Hơn 1.200 học sinh mầm non, tiểu học ở hai huyện Mèo Vạc và Yên Minh vừa được nhận áo "
            "ấm, chăn, ủng trước đợt rét đậm đầu mùa."
        ),
        sapo_outside=True,
        opts={"related": [48212]},
    ),
    Story(
        48175,
        "truong-mam-non-hoa-mai-vi-xuyen-dat-chuan-quoc-gia-muc-do-2",
        "Trường Mầm non Hoa Mai (Vị Xuyên) được công nhận đạt chuẩn quốc gia mức độ 2",
        "tin-giao-duc",
        "2026-11-19T10:05:00+07:00",
        [
            P(
                "Sáng 18/11, Trường Mầm non Hoa Mai, thị trấn Vị Xuyên tổ chức đón Bằng công nhận "
                "trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3."
            ),
            P(
                "Năm học 2026-2027, nhà trường có 12 nhóm, lớp với 356 trẻ; 100% giáo viên đạt chuẩn "
                "trình độ đào tạo, trong đó 85% trên chuẩn. Trường có đủ phòng học, phòng chức năng, "
                "sân chơi với đồ chơi ngoài trời đạt chuẩn."
            ),
            P("Những kết quả nổi bật", "h"),
            P("Tỷ lệ trẻ suy dinh dưỡng giảm còn 2,1%.", "li"),
            P("100% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non.", "li"),
            P("Xây dựng thành công mô hình “Trường mầm non lấy trẻ làm trung tâm”.", "li"),
            Img(
                up("mn-hoa-mai-chuan.jpg"),
                "Lãnh đạo huyện Vị Xuyên trao Bằng công nhận cho nhà trường",
                "Lãnh đạo huyện Vị Xuyên trao Bằng công nhận cho nhà trường",
                "em",
            ),
            P(
                "Đây là trường mầm non thứ 9 của tỉnh đạt chuẩn quốc gia mức độ 2, góp phần thực hiện "
                "mục tiêu phổ cập giáo dục mầm non cho trẻ em 3-5 tuổi."
            ),
            B("Hoàng Thị Hoa - Phòng GDMN"),
        ],
        authors=["Hoàng Thị Hoa"],
        opts={
            "related": [48231],
            "old_slug": "truong-mam-non-hoa-mai-dat-chuan-quoc-gia-muc-do-2",
        },
    ),
    Story(
        48128,
        "bac-me-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-thcs",
        "Bắc Mê tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp THCS",
        "tin-giao-duc",
        "2026-11-12T14:30:00+07:00",
        [
            P(
                "Từ ngày 09 đến 11/11/2026, Phòng GD&ĐT huyện Bắc Mê tổ chức Hội thi giáo viên chủ "
                "nhiệm lớp giỏi cấp THCS năm học 2026-2027."
            ),
            P(
                "Hội thi có 32 giáo viên của 13 trường THCS tham gia. Mỗi giáo viên trình bày biện "
                "pháp giáo dục học sinh và tổ chức một tiết sinh hoạt lớp theo chủ đề trước Ban giám "
                "khảo."
            ),
            Img(
                up("bac-me-gvcn-gioi.jpg"),
                "Một tiết sinh hoạt lớp tại Hội thi",
                "Một tiết sinh hoạt lớp tại Hội thi",
                "fig",
            ),
            P("Kết quả hội thi:", "h"),
            P("Giải | Họ và tên | Đơn vị", "th"),
            P("Nhất | Ma Thị Lan | THCS Yên Phú", "td"),
            P("Nhì | Hoàng Văn Trường | PTDTBT THCS Minh Ngọc", "td"),
            P("Nhì | Nguyễn Thị Thu Hà | THCS thị trấn Yên Phú", "td"),
            P("Ba | Triệu Thị Mai | PTDTBT THCS Đường Hồng", "td"),
            P(
                "Ngoài ra, 20 giáo viên được công nhận giáo viên chủ nhiệm lớp giỏi cấp huyện."
            ),
            B("Tin: ThS. Nguyễn Văn Lâm; Ảnh: Lò Thị Mai"),
        ],
        authors=["Nguyễn Văn Lâm"],
        photographers=["Lò Thị Mai"],
        opts={"related": [48175, 48212]},
    ),
    # --- Hoạt động của Sở
    Story(
        48170,
        "so-gd-dt-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Sở GD&ĐT tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "hoat-dong-cua-so",
        "2026-11-20T09:15:00+07:00",
        [
            P(
                "Sáng 19/11, tại Hội trường Trung tâm Hội nghị tỉnh, Sở GD&ĐT tổ chức Lễ kỷ niệm 44 "
                "năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tôn vinh nhà giáo tiêu biểu."
            ),
            Img(
                up("ky-niem-20-11-1.jpg"),
                "Quang cảnh buổi lễ kỷ niệm",
                "Quang cảnh buổi lễ kỷ niệm",
                "cap",
            ),
            P(
                "Năm học 2025-2026, ngành Giáo dục Hà Giang có 1.042 cơ sở giáo dục với hơn 250.000 "
                "học sinh; tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,9%; tỷ lệ tốt nghiệp THPT đạt "
                "98,2%; 96 học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12."
            ),
            P(
                "Dịp này, 15 nhà giáo được Chủ tịch UBND tỉnh tặng Bằng khen; 120 nhà giáo được Giám "
                "đốc Sở tặng Giấy khen vì có thành tích xuất sắc trong năm học."
            ),
            Img(
                up("ky-niem-20-11-2.jpg"),
                "Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo",
                "Trao Bằng khen của Chủ tịch UBND tỉnh cho các nhà giáo",
                "cap",
            ),
            P(
                "Phát biểu tại buổi lễ, Giám đốc Sở GD&ĐT mong muốn đội ngũ nhà giáo tiếp tục giữ "
                "vững bản lĩnh, tận tụy với học sinh vùng cao, thực hiện thắng lợi nhiệm vụ năm học "
                "2026-2027."
            ),
            B("Tin, ảnh: Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        photographers=["Văn phòng Sở"],
        summary=(
            "Lễ kỷ niệm là dịp tri ân đội ngũ hơn 16.000 thầy cô giáo, cán bộ quản lý giáo dục đang "
            "công tác trên mọi miền của tỉnh Hà Giang."
        ),
        sapo_outside=True,
        opts={"updated": "20/11/2026 | 15:42", "related": [48252]},
    ),
    Story(
        48252,
        "hoi-nghi-giao-ban-cong-tac-giao-duc-thang-11-2026",
        "Hội nghị giao ban công tác giáo dục tháng 11/2026",
        "hoat-dong-cua-so",
        "2026-11-28T16:40:00+07:00",
        [
            P(
                "Chiều 27/11, Sở GD&ĐT tổ chức Hội nghị giao ban công tác giáo dục tháng 11 theo hình "
                "thức trực tuyến tới 11 điểm cầu Phòng GD&ĐT các huyện, thành phố."
            ),
            P(
                "Báo cáo tại hội nghị cho thấy, trong tháng, các đơn vị đã cơ bản hoàn thành việc "
                "kiện toàn tổ chức, bộ máy; rà soát, sắp xếp điểm trường; triển khai kế hoạch dạy "
                "học và kiểm tra nội bộ."
            ),
            P(
                "Tuy nhiên, tỷ lệ học sinh bỏ học ở một số trường THCS vùng cao còn cao; việc bảo "
                "đảm cơ sở vật chất cho lớp 1 và lớp 6 ở một số điểm trường còn khó khăn; một số "
                "đơn vị chậm cập nhật dữ liệu lên cơ sở dữ liệu ngành."
            ),
            P("Nhiệm vụ tháng 12/2026", "h3"),
            P("Tổ chức kiểm tra, đánh giá cuối học kỳ I nghiêm túc, đúng quy chế.", "ol"),
            P("Bảo đảm an toàn cho học sinh bán trú trong mùa rét.", "ol"),
            P("Hoàn thành cập nhật cơ sở dữ liệu ngành trước ngày 20/12/2026.", "ol"),
            P(
                "Kết luận hội nghị, Phó Giám đốc Sở đề nghị các phòng chuyên môn của Sở tăng cường "
                "kiểm tra, hướng dẫn cơ sở; các Phòng GD&ĐT báo cáo kịp thời những khó khăn, vướng "
                "mắc để Sở tổng hợp, đề xuất UBND tỉnh."
            ),
            Raw('<p style="text-align: right;">Phạm Quang Huy</p>'),
        ],
        authors=["Phạm Quang Huy"],
        opts={"related": [48170, 48101]},
    ),
    Story(
        48101,
        "doan-cong-tac-so-gd-dt-lam-viec-tai-meo-vac-ve-co-so-vat-chat-truong-hoc",
        "Đoàn công tác Sở GD&ĐT làm việc tại huyện Mèo Vạc về cơ sở vật chất trường học",
        "hoat-dong-cua-so",
        "2026-11-06T11:00:00+07:00",
        [
            P(
                "Ngày 05/11/2026, đoàn công tác của Sở GD&ĐT do Phó Giám đốc Sở làm trưởng đoàn đã "
                "kiểm tra thực tế và làm việc với UBND huyện Mèo Vạc về tình hình cơ sở vật chất, "
                "thiết bị dạy học năm học 2026-2027."
            ),
            P(
                "Đoàn đã kiểm tra Trường PTDTBT THCS Pải Lủng, Trường Mầm non Thượng Phùng và điểm "
                "trường Xín Cái. Qua kiểm tra, một số phòng học tạm, phòng học nhờ vẫn còn tồn tại; "
                "nhà ở bán trú chưa đáp ứng đủ nhu cầu."
            ),
            Img(
                up("meo-vac-csvc.jpg"),
                "Đoàn công tác kiểm tra phòng học tạm tại điểm trường Xín Cái",
                "Đoàn công tác kiểm tra phòng học tạm tại điểm trường Xín Cái",
                "plain",
            ),
            P(
                "Huyện đề nghị Sở tham mưu UBND tỉnh bố trí nguồn vốn xây dựng 24 phòng học, 18 phòng "
                "ở bán trú và bổ sung thiết bị dạy học tối thiểu cho lớp 1, lớp 6."
            ),
            P(
                "Trưởng đoàn ghi nhận sự cố gắng của huyện, đồng thời đề nghị rà soát, sắp xếp lại "
                "mạng lưới trường lớp phù hợp, ưu tiên nguồn lực cho các điểm trường khó khăn nhất."
            ),
            B("Phòng KHTC"),
            SRC("Ảnh: Internet"),
        ],
        authors=["Phòng KHTC"],
        opts={"related": [48252]},
    ),
    # --- Chỉ đạo điều hành
    Story(
        48220,
        "trien-khai-nhiem-vu-chuyen-doi-so-trong-nganh-giao-duc-nam-hoc-2026-2027",
        "Triển khai nhiệm vụ chuyển đổi số trong ngành giáo dục năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-11-25T14:00:00+07:00",
        [
            P(
                "Sở GD&ĐT vừa ban hành Kế hoạch số 2145/KH-SGDĐT triển khai nhiệm vụ chuyển đổi số, "
                "ứng dụng công nghệ thông tin trong ngành năm học 2026-2027."
            ),
            P("Mục tiêu", "h"),
            P(
                "100% cơ sở giáo dục sử dụng hồ sơ điện tử, học bạ số; 90% giáo viên sử dụng thành "
                "thạo kho học liệu số của ngành; 100% hồ sơ thủ tục hành chính được tiếp nhận, xử lý "
                "trực tuyến toàn trình."
            ),
            P("Nhiệm vụ trọng tâm", "h"),
            P("Hoàn thiện cơ sở dữ liệu ngành, kết nối với cơ sở dữ liệu quốc gia về dân cư.", "li"),
            P("Triển khai học bạ số đối với cấp tiểu học và THCS.", "li"),
            P("Bồi dưỡng kỹ năng số cho cán bộ quản lý, giáo viên và học sinh.", "li"),
            P("Bảo đảm an toàn thông tin mạng trong các cơ sở giáo dục.", "li"),
            P(
                "Thủ trưởng các đơn vị chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện; định "
                "kỳ báo cáo trước ngày 25 hằng tháng qua hệ thống quản lý văn bản điều hành."
            ),
        ],
        opts={"related": [48246]},
    ),
    Story(
        48246,
        "chi-dao-bao-dam-an-toan-cho-hoc-sinh-trong-mua-ret-dam-ret-hai",
        "Chỉ đạo các trường bảo đảm an toàn cho học sinh trong mùa rét đậm, rét hại",
        "chi-dao-dieu-hanh",
        "2026-11-30T10:20:00+07:00",
        [
            P(
                "Trước diễn biến của đợt không khí lạnh tăng cường, Sở GD&ĐT đề nghị Phòng GD&ĐT các "
                "huyện, thành phố và các trường trực thuộc thực hiện nghiêm các nội dung sau:"
            ),
            P(
                "Khi nhiệt độ ngoài trời dưới 7 độ C, học sinh mầm non, tiểu học được nghỉ học; dưới "
                "4 độ C, học sinh THCS, THPT được nghỉ học."
            ),
            P("Các trường căn cứ tình hình thực tế chủ động điều chỉnh giờ vào học.", "br"),
            P(
                "Bố trí đủ chăn, đệm, nước nóng cho học sinh bán trú; tuyệt đối không đốt than sưởi "
                "trong phòng kín."
            ),
            Img(
                up("ret-dam-ban-tru.jpg"),
                "Phòng ở bán trú được che chắn, bổ sung chăn ấm (ảnh minh họa)",
                "Phòng ở bán trú được che chắn, bổ sung chăn ấm (ảnh minh họa)",
                "em",
            ),
            P(
                "Các đơn vị báo cáo ngay về Sở (qua Văn phòng) khi có tình huống bất thường xảy ra "
                "để kịp thời chỉ đạo, hỗ trợ."
            ),
            B("Văn phòng Sở"),
        ],
        authors=["Văn phòng Sở"],
        opts={"related": [48220, 48240]},
    ),
    Story(
        47960,
        "huong-dan-to-chuc-kiem-tra-danh-gia-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Hướng dẫn tổ chức kiểm tra, đánh giá cuối học kỳ I năm học 2026-2027",
        "chi-dao-dieu-hanh",
        "2026-10-20T08:00:00+07:00",
        [
            P(
                "Thực hiện kế hoạch thời gian năm học 2026-2027, Sở GD&ĐT hướng dẫn các trường THCS, "
                "THPT và trung tâm GDNN-GDTX tổ chức kiểm tra, đánh giá cuối học kỳ I như sau."
            ),
            P("1. Thời gian kiểm tra", "h"),
            P(
                "Các đơn vị chủ động xây dựng lịch kiểm tra, hoàn thành trước ngày 10/01/2027. Đối "
                "với các môn kiểm tra chung toàn tỉnh, lịch cụ thể như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "th"),
            P("05/01/2027 | Sáng | Ngữ văn | 90 phút", "td"),
            P("05/01/2027 | Chiều | Tiếng Anh | 60 phút", "td"),
            P("06/01/2027 | Sáng | Toán | 90 phút", "td"),
            P("2. Đề kiểm tra", "h"),
            P(
                "Đề kiểm tra được xây dựng theo ma trận, bản đặc tả; bảo đảm tỷ lệ 40% nhận biết, 30% "
                "thông hiểu, 20% vận dụng và 10% vận dụng cao."
            ),
            P("3. Chấm, trả bài", "h"),
            P(
                "Việc chấm bài thực hiện tập trung theo tổ chuyên môn; kết quả được cập nhật lên phần "
                "mềm quản lý trường học chậm nhất 05 ngày sau khi kiểm tra."
            ),
            B("Phòng GDTrH"),
        ],
        authors=["Phòng GDTrH"],
        opts={"related": [48220]},
    ),
    # --- Thông báo
    Story(
        48226,
        "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2026",
        "THÔNG BÁO Tuyển dụng viên chức giáo dục năm 2026",
        "thong-bao",
        "2026-11-26T08:00:00+07:00",
        [
            P(
                "Căn cứ Quyết định số 1980/QĐ-UBND ngày 10/11/2026 của UBND tỉnh Hà Giang phê duyệt "
                "kế hoạch tuyển dụng viên chức ngành giáo dục năm 2026, Sở GD&ĐT thông báo như sau:"
            ),
            P("I. Chỉ tiêu tuyển dụng", "h"),
            P("Cấp học | Chỉ tiêu", "th"),
            P("Mầm non | 145", "td"),
            P("Tiểu học | 210", "td"),
            P("THCS | 96", "td"),
            P("THPT | 38", "td"),
            P("II. Hồ sơ và thời gian nhận hồ sơ", "h"),
            P(
                "Thí sinh nộp Phiếu đăng ký dự tuyển theo mẫu tại Văn phòng Sở GD&ĐT hoặc qua dịch vụ "
                "bưu chính công ích từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành chính)."
            ),
            P(
                "Mọi chi tiết xin liên hệ Phòng Tổ chức cán bộ, Sở GD&ĐT Hà Giang, điện thoại "
                "0219.3866.812."
            ),
        ],
        opts={"related": [48258]},
    ),
    Story(
        48258,
        "thong-bao-lich-tiep-cong-dan-cua-lanh-dao-so-thang-12-2026",
        "Thông báo lịch tiếp công dân của Lãnh đạo Sở tháng 12/2026",
        "thong-bao",
        "2026-12-02T07:30:00+07:00",
        [
            P(
                "Sở GD&ĐT Hà Giang thông báo lịch tiếp công dân định kỳ của Lãnh đạo Sở trong tháng "
                "12/2026 tại Phòng tiếp công dân của Sở như sau:"
            ),
            P("Ngày | Người tiếp | Thời gian", "th"),
            P("Thứ Năm, 10/12/2026 | Giám đốc Sở | 7h30 - 11h30", "td"),
            P("Thứ Năm, 17/12/2026 | Phó Giám đốc Sở | 7h30 - 11h30", "td"),
            P("Thứ Năm, 24/12/2026 | Phó Giám đốc Sở | 13h30 - 17h00", "td"),
            P(
                "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan đến nội "
                "dung kiến nghị, phản ánh."
            ),
        ],
        opts={"related": [48226]},
    ),
    Story(
        47745,
        "thong-bao-ket-qua-xet-cong-nhan-sang-kien-cap-tinh-nam-2026",
        "Thông báo kết quả xét công nhận sáng kiến cấp tỉnh năm 2026 của ngành Giáo dục",
        "thong-bao",
        "2026-09-15T15:00:00+07:00",
        [
            P(
                "Hội đồng Sáng kiến cấp tỉnh đã họp xét công nhận sáng kiến năm 2026. Ngành Giáo dục "
                "có 64 sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh, tăng 11 sáng kiến so "
                "với năm trước."
            ),
            P(
                "Các sáng kiến tập trung vào đổi mới phương pháp dạy học, nâng cao chất lượng tiếng "
                "Việt cho học sinh dân tộc thiểu số, quản lý học sinh bán trú và ứng dụng công nghệ "
                "thông tin trong quản lý."
            ),
            P(
                "Danh sách chi tiết được gửi tới các đơn vị qua hệ thống quản lý văn bản. Các tác giả "
                "có sáng kiến được công nhận liên hệ Văn phòng Sở để nhận Giấy chứng nhận trước ngày "
                "30/10/2026."
            ),
        ],
        opts={"related": []},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def story_path(story: Story, ag: str = AG) -> str:
    return f"/{ag}/tin-tuc/{story.slug}-{story.id}.html"


def print_path(story: Story, ag: str = AG) -> str:
    return f"/{ag}/tin-tuc/in/{story.id}.html"


def raw_route(story: Story, ag: str = AG) -> str:
    return f"/{ag}/index.php?r=tin-tuc%2Fview&id={story.id}"


GOLD = [
    gold_record(
        s,
        story_path(s),
        CATEGORIES[s.cat],
        alt_paths=(print_path(s), raw_route(s)),
    )
    for s in STORIES
]

# --- documents (van-ban): entries of the register, some also filed in a news category -------


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    date: str  # YYYY-MM-DD
    kind: str
    title: str
    signer: str
    cat: str | None = None  # the news category that also lists it

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.number.lower()).strip("-")


DOCS: list[Doc] = [
    Doc(3321, "2180/SGDĐT-VP", "2026-11-27", "Công văn",
        "Về việc tăng cường công tác phòng, chống cháy nổ trong trường học mùa hanh khô",
        "Phó Giám đốc", "chi-dao-dieu-hanh"),
    Doc(3316, "2161/SGDĐT-GDTrH", "2026-11-20", "Công văn",
        "Về việc tổ chức dạy học môn Giáo dục địa phương năm học 2026-2027",
        "Phó Giám đốc", "chi-dao-dieu-hanh"),
    Doc(3309, "2120/SGDĐT-GDMN", "2026-11-13", "Công văn",
        "Về việc bảo đảm an toàn thực phẩm trong các cơ sở giáo dục mầm non",
        "Phó Giám đốc", "chi-dao-dieu-hanh"),
    Doc(3298, "2074/SGDĐT-TTr", "2026-11-04", "Công văn",
        "Về việc kiểm tra việc thực hiện quy định về dạy thêm, học thêm",
        "Chánh Thanh tra", "chi-dao-dieu-hanh"),
    Doc(3290, "2031/SGDĐT-GDTH", "2026-10-28", "Công văn",
        "Về việc tổ chức Ngày hội Tiếng Việt của chúng em năm học 2026-2027",
        "Phó Giám đốc", "chi-dao-dieu-hanh"),
    Doc(3284, "1995/SGDĐT-VP", "2026-10-22", "Công văn",
        "Về việc thực hiện chế độ báo cáo thống kê định kỳ năm học 2026-2027",
        "Chánh Văn phòng", "chi-dao-dieu-hanh"),
    Doc(3324, "215/TB-SGDĐT", "2026-12-01", "Thông báo",
        "Thông báo nghỉ học do rét đậm tại các xã vùng cao huyện Quản Bạ", "Phó Giám đốc",
        "thong-bao"),
    Doc(3319, "208/TB-SGDĐT", "2026-11-25", "Thông báo",
        "Thông báo kết luận của Giám đốc Sở tại Hội nghị giao ban tháng 11/2026",
        "Chánh Văn phòng", "thong-bao"),
    Doc(3314, "201/TB-SGDĐT", "2026-11-18", "Thông báo",
        "Thông báo danh sách đơn vị đạt chuẩn chuyển đổi số năm 2026", "Phó Giám đốc",
        "thong-bao"),
    Doc(3311, "197/TB-SGDĐT", "2026-11-16", "Thông báo",
        "Thông báo triệu tập giáo viên dự tập huấn dạy học môn Tin học lớp 6", "Phó Giám đốc",
        "thong-bao"),
    Doc(3305, "190/TB-SGDĐT", "2026-11-10", "Thông báo",
        "Thông báo lịch tiếp công dân của Lãnh đạo Sở tháng 11/2026", "Chánh Văn phòng",
        "thong-bao"),
    Doc(3301, "186/TB-SGDĐT", "2026-11-06", "Thông báo",
        "Thông báo kết quả Hội thi giáo viên dạy giỏi cấp tỉnh bậc Tiểu học", "Phó Giám đốc",
        "thong-bao"),
    Doc(3295, "181/TB-SGDĐT", "2026-10-30", "Thông báo",
        "Thông báo tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2026-2027",
        "Giám đốc", "thong-bao"),
    Doc(3288, "175/TB-SGDĐT", "2026-10-26", "Thông báo",
        "Thông báo tuyển sinh lớp bồi dưỡng cán bộ quản lý trường phổ thông", "Phó Giám đốc",
        "thong-bao"),
    Doc(3281, "170/TB-SGDĐT", "2026-10-19", "Thông báo",
        "Thông báo thay đổi thời gian Hội nghị sơ kết công tác phổ cập giáo dục",
        "Chánh Văn phòng", "thong-bao"),
    Doc(3276, "166/TB-SGDĐT", "2026-10-12", "Thông báo",
        "Thông báo lịch tiếp công dân của Lãnh đạo Sở tháng 10/2026", "Chánh Văn phòng",
        "thong-bao"),
    Doc(3270, "160/TB-SGDĐT", "2026-10-05", "Thông báo",
        "Thông báo danh sách học sinh được hưởng chính sách hỗ trợ theo Nghị định 116",
        "Phó Giám đốc", "thong-bao"),
    Doc(3262, "152/TB-SGDĐT", "2026-09-28", "Thông báo",
        "Thông báo kết quả xét tuyển viên chức đợt bổ sung năm 2026", "Giám đốc", "thong-bao"),
    Doc(3255, "146/TB-SGDĐT", "2026-09-22", "Thông báo",
        "Thông báo về việc thu hồi văn bằng tốt nghiệp THPT cấp sai quy định", "Giám đốc",
        "thong-bao"),
    Doc(3249, "141/TB-SGDĐT", "2026-09-17", "Thông báo",
        "Thông báo lịch kiểm tra công tác chuẩn bị năm học mới tại các huyện", "Phó Giám đốc",
        "thong-bao"),
    Doc(3240, "1702/QĐ-SGDĐT", "2026-09-08", "Quyết định",
        "Quyết định ban hành Kế hoạch thời gian năm học 2026-2027", "Giám đốc"),
    Doc(3231, "1650/KH-SGDĐT", "2026-08-25", "Kế hoạch",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027 của ngành Giáo dục", "Giám đốc"),
]
DOC_BY_ID = {d.id: d for d in DOCS}


def doc_path(doc: Doc) -> str:
    return f"/{AG}/van-ban/{doc.slug}-{doc.id}.html"


# --- other agencies on the same platform (NOT this portal's articles) -----------------------

OTHER_STORIES: dict[str, list[tuple[Story, str]]] = {
    "soyte": [
        (
            Story(
                48249,
                "ha-giang-trien-khai-tiem-vac-xin-soi-rubella-cho-tre-vung-cao",
                "Hà Giang triển khai tiêm vắc xin sởi - rubella cho trẻ vùng cao",
                "tin-y-te",
                "2026-11-29T08:10:00+07:00",
                [
                    P(
                        "Sở Y tế phối hợp với Sở GD&ĐT triển khai chiến dịch tiêm bổ sung vắc xin sởi "
                        "- rubella cho hơn 35.000 trẻ từ 1 đến 5 tuổi tại 10 huyện."
                    ),
                    P(
                        "Các trạm y tế xã tổ chức tiêm tại trường mầm non và điểm trường, bảo đảm an "
                        "toàn tiêm chủng theo quy định."
                    ),
                    B("Trung tâm Kiểm soát bệnh tật"),
                ],
            ),
            "Tin y tế",
        ),
        (
            Story(
                48205,
                "kham-sang-loc-tim-bam-sinh-cho-hoc-sinh-huyen-yen-minh",
                "Khám sàng lọc tim bẩm sinh cho học sinh huyện Yên Minh",
                "tin-y-te",
                "2026-11-22T10:00:00+07:00",
                [
                    P(
                        "Trong 2 ngày 20 và 21/11, Bệnh viện Đa khoa tỉnh phối hợp tổ chức khám sàng lọc "
                        "tim bẩm sinh cho 1.500 học sinh tiểu học huyện Yên Minh."
                    ),
                    P("Qua khám, 23 trường hợp nghi mắc bệnh tim được tư vấn điều trị."),
                ],
            ),
            "Tin y tế",
        ),
    ],
    "sotuphap": [
        (
            Story(
                48237,
                "tuyen-truyen-phap-luat-ve-an-toan-giao-thong-trong-truong-hoc",
                "Tuyên truyền pháp luật về an toàn giao thông trong trường học",
                "pho-bien-phap-luat",
                "2026-11-27T09:00:00+07:00",
                [
                    P(
                        "Sở Tư pháp tổ chức 12 buổi tuyên truyền pháp luật về trật tự, an toàn giao "
                        "thông cho hơn 4.000 học sinh THPT trên địa bàn thành phố Hà Giang."
                    ),
                    P("Học sinh được giải đáp các tình huống pháp luật thường gặp khi tham gia giao thông."),
                ],
            ),
            "Phổ biến pháp luật",
        ),
    ],
    "sotttt": [
        (
            Story(
                48215,
                "ha-giang-dua-internet-toc-do-cao-den-100-diem-truong",
                "Hà Giang đưa Internet tốc độ cao đến 100% điểm trường",
                "tin-cong-nghe",
                "2026-11-24T15:00:00+07:00",
                [
                    P(
                        "Đến hết tháng 11/2026, 100% điểm trường trên địa bàn tỉnh đã được kết nối "
                        "Internet cáp quang tốc độ cao."
                    ),
                ],
            ),
            "Tin công nghệ",
        ),
    ],
}
OTHER_BY_ID = {s.id: (ag, s, cat) for ag, items in OTHER_STORIES.items() for s, cat in items}
OTHER_CATS = {"soyte": "tin-y-te", "sotuphap": "pho-bien-phap-luat", "sotttt": "tin-cong-nghe"}

#: the province's pick shown on every agency page
CAROUSEL = [48249, 48237, 48215, 48205]

NON_ARTICLES = [
    story_path(OTHER_BY_ID[48249][1], "soyte"),
    "/sotuphap/danh-muc/pho-bien-phap-luat.html",
    f"/{AG}/danh-muc/thong-bao.html?page=2",
    f"/{AG}/gioi-thieu.html",
    f"/{AG}/lien-he.html",
    f"/{AG}/van-ban",
    doc_path(DOC_BY_ID[3311]),
]

#: the editor's picks on the Sở's home
SLIDER = [48240, 48170, 48220]
MOST_READ = [48170, 48212, 48220, 48175, 48101]


# --- printing ---------------------------------------------------------------------------------


def dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def date_line(story: Story) -> str:
    return f"{dmy(story.published_at)} | {story.published_at[11:16]}"


def csrf(request: Request) -> str:
    return opaque("csrf" + request.path, 40)


def para(p: P) -> str:
    return text(p.text)


def render_img(img: Img) -> str:
    tag = f'<img src="{img.src}" alt="" style="width:100%; max-width:700px;">'
    if img.style == "fig":
        cap = f"<figcaption>{esc(img.printed)}</figcaption>" if img.printed else ""
        return f'<figure class="image">{tag}{cap}</figure>'
    out = f'<p style="text-align: center;">{tag}</p>'
    if img.printed:
        if img.style == "cap":
            out += f'\n<p class="img-caption">{esc(img.printed)}</p>'
        elif img.style == "em":
            out += f'\n<p style="text-align: center;"><em>{esc(img.printed)}</em></p>'
        else:
            out += f"\n<p>{esc(img.printed)}</p>"
    return out


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(render_img(b))
        elif b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{para(blocks[i])}</li>")
                i += 1
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table class="table table-bordered" border="1" cellpadding="4"><tbody>'
                       + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "h":
            out.append(f"<p><strong>{para(b)}</strong></p>")
        elif b.style == "h3":
            out.append(f"<h3>{para(b)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote><p>{para(b)}</p></blockquote>")
        else:
            lines = [para(b)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                lines.append(para(blocks[i]))
            out.append('<p style="text-align: justify;">' + "<br>\n".join(lines) + "</p>")
        i += 1
    return "\n".join(out)


def summary_of(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    words = first.split()
    return " ".join(words[:28]) + (" ..." if len(words) > 28 else "")


def agency_menu(ag: str) -> str:
    if ag == AG:
        cats = CATEGORIES
        return f"""<ul class="nav navbar-nav" id="main-menu">
<li><a href="/{AG}/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li><a href="/{AG}/gioi-thieu.html">Giới thiệu</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
<ul class="dropdown-menu">
<li><a href="/{AG}/danh-muc/tin-giao-duc.html">{cats["tin-giao-duc"]}</a></li>
<li><a href="/{AG}/danh-muc/hoat-dong-cua-so.html">{cats["hoat-dong-cua-so"]}</a></li>
</ul></li>
<li><a href="/{AG}/danh-muc/chi-dao-dieu-hanh.html">{cats["chi-dao-dieu-hanh"]}</a></li>
<li><a href="/{AG}/danh-muc/thong-bao.html">{cats["thong-bao"]}</a></li>
<li><a href="/{AG}/van-ban">Văn bản</a></li>
<li><a href="/{AG}/lien-he.html">Liên hệ</a></li>
</ul>"""
    if not ag:
        return '<ul class="nav navbar-nav" id="main-menu"><li><a href="/">Trang chủ</a></li></ul>'
    cat = OTHER_CATS.get(ag)
    item = f'<li><a href="/{ag}/danh-muc/{cat}.html">Tin tức</a></li>' if cat else ""
    return f"""<ul class="nav navbar-nav" id="main-menu">
<li><a href="/{ag}/"><i class="fa fa-home"></i> Trang chủ</a></li>{item}
</ul>"""


def agencies_dropdown() -> str:
    items = "".join(f'<li><a href="/{k}/">{esc(v)}</a></li>' for k, v in AGENCIES.items())
    return (
        '<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">'
        f'Các sở, ban, ngành <b class="caret"></b></a><ul class="dropdown-menu">{items}</ul></li>'
    )


def carousel() -> str:
    items = []
    for n, sid in enumerate(CAROUSEL):
        ag, s, _ = OTHER_BY_ID[sid]
        active = " active" if n == 0 else ""
        items.append(
            f'<div class="item{active}"><a href="{story_path(s, ag)}">'
            f'<img src="{up("thumb-" + str(s.id) + ".jpg", ag)}" alt="{esc(s.title)}"></a>'
            f'<div class="carousel-caption"><a href="{story_path(s, ag)}">{esc(s.title)}</a>'
            f'<span class="agency">{esc(AGENCIES[ag])}</span></div></div>'
        )
    return (
        '<div class="province-highlight"><h2 class="block-title">Tin nổi bật của tỉnh</h2>'
        '<div id="province-carousel" class="carousel slide" data-ride="carousel">'
        '<div class="carousel-inner">' + "".join(items) + "</div>"
        '<a class="left carousel-control" href="#province-carousel" data-slide="prev">&lsaquo;</a>'
        '<a class="right carousel-control" href="#province-carousel" data-slide="next">&rsaquo;</a>'
        "</div></div>"
    )


def ticker() -> str:
    newest = sorted(STORIES, key=lambda s: s.published_at, reverse=True)[:5]
    links = " &nbsp;•&nbsp; ".join(f'<a href="{esc(raw_route(s))}">{esc(s.title)}</a>' for s in newest)
    return f'<div class="news-ticker"><span class="label">Tin mới:</span><marquee scrollamount="3">{links}</marquee></div>'


def sidebar(ag: str) -> str:
    counter = """<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3>
<ul class="list-unstyled"><li>Đang online: <b>37</b></li><li>Hôm nay: <b>1.284</b></li><li>Tổng truy cập: <b>2.906.517</b></li></ul></div>"""
    if ag != AG:
        return f'<aside class="col-md-3 sidebar">{counter}</aside>'
    reads = "".join(
        f'<li><a href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    docs = "".join(
        f'<li><a href="{doc_path(d)}">{esc(d.number)}</a><span>{esc(d.title)}</span></li>'
        for d in DOCS[:5]
    )
    return f"""<aside class="col-md-3 sidebar">
<div class="widget widget-most-read"><h3 class="widget-title">Tin đọc nhiều</h3><ul class="list-unstyled">{reads}</ul></div>
<div class="widget widget-docs"><h3 class="widget-title">Văn bản mới</h3><ul class="list-unstyled">{docs}</ul>
<a class="more" href="/{AG}/van-ban">Xem tất cả »</a></div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<form id="poll-form" action="/{AG}/poll/vote" method="post">
<p>Bạn quan tâm nhất đến nội dung nào trên Cổng thông tin của Sở?</p>
<div class="radio"><label><input type="radio" name="PollVote[option]" value="1"> Tin tức giáo dục</label></div>
<div class="radio"><label><input type="radio" name="PollVote[option]" value="2"> Văn bản chỉ đạo</label></div>
<div class="radio"><label><input type="radio" name="PollVote[option]" value="3"> Thủ tục hành chính</label></div>
<button type="submit" class="btn btn-primary btn-sm">Bình chọn</button></form></div>
<div class="widget widget-links"><h3 class="widget-title">Liên kết website</h3>
<select class="form-control" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hagiang.gov.vn">Cổng TTĐT tỉnh Hà Giang</option>
<option value="https://baohagiang.vn">Báo Hà Giang</option></select></div>
<div class="widget widget-banner"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/themes/hagiang/images/banner-dvc.png" alt="Dịch vụ công"></a></div>
{counter}
</aside>"""


def layout(request: Request, ag: str, title: str, main: str, head: str = "", side: bool = True) -> str:
    agency = AGENCIES.get(ag, "")
    footer_agencies = "".join(f'<li><a href="/{k}/">{esc(v)}</a></li>' for k, v in AGENCIES.items())
    if ag == AG:
        address = (
            "<p><strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ GIANG</strong></p>"
            "<p>Địa chỉ: Số 268, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang, tỉnh Hà Giang</p>"
            "<p>Điện thoại: 0219.3866.812 - Fax: 0219.3867.154 - Email: sogddt@hagiang.gov.vn</p>"
            "<p>Chịu trách nhiệm chính: Giám đốc Sở Giáo dục và Đào tạo</p>"
        )
    else:
        address = f"<p><strong>{esc(agency.upper())} TỈNH HÀ GIANG</strong></p>"
    content = f'<div class="col-md-9 main-content">{main}</div>{sidebar(ag)}' if side else main
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf-frontend">
<meta name="csrf-token" content="{csrf(request)}">
<title>{esc(title)}</title>
{head}
<link href="/assets/8c1f2a7e/css/bootstrap.css" rel="stylesheet">
<link href="/themes/hagiang/css/site.css" rel="stylesheet">
</head>
<body>
<div class="wrap">
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> {TODAY_VN}</span>
<span class="top-links"><a href="/">{esc(PROVINCE)}</a> | <a href="/site/login">Đăng nhập</a></span></div></div>
<header class="header"><div class="container">
<a href="/{ag + "/" if ag else ""}"><img class="banner" src="/themes/hagiang/images/banner-{ag or "tinh"}.jpg" alt="{esc(PROVINCE)} - {esc(agency)}"></a>
</div></header>
<nav class="navbar navbar-default main-nav"><div class="container">
{agency_menu(ag)}
<ul class="nav navbar-nav navbar-right">{agencies_dropdown()}</ul>
<form class="navbar-form navbar-right" action="/{ag}/tim-kiem" method="get"><input type="text" name="q" class="form-control" placeholder="Tìm kiếm..."></form>
</div></nav>
<div class="container">{ticker() if ag == AG else ""}
{carousel()}
<div class="row">{content}</div>
</div>
</div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-md-8 footer-address">{address}</div>
<div class="col-md-4 footer-agencies"><h4>Các sở, ban, ngành</h4><ul>{footer_agencies}</ul></div>
</div>
<p class="copyright">© 2026 {esc(PROVINCE)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div></footer>
<script src="/assets/3a9d0e11/jquery.js"></script>
<script src="/assets/8c1f2a7e/js/bootstrap.js"></script>
<script src="/assets/5b7f3c22/yii.js"></script>
</body>
</html>"""


def breadcrumb(ag: str, items: list[tuple[str, str | None]]) -> str:
    lis = [f'<li><a href="/{ag}/">Trang chủ</a></li>']
    for label, href in items:
        if href:
            lis.append(f'<li><a href="{href}">{esc(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{esc(label)}</li>')
    return '<ul class="breadcrumb">' + "\n<li class=\"sep\">»</li>\n".join(lis) + "</ul>"


def article_main(story: Story, ag: str, cat_key: str, cat_name: str) -> str:
    path = story_path(story, ag)
    updated = story.opts.get("updated")
    upd = f' <span class="news-updated">(Cập nhật: {updated})</span>' if updated else ""
    sapo = f"<b><i>{esc(story.summary)}</i></b>" if story.summary else ""
    related_items = []
    for rid in story.opts.get("related", []):
        r = BY_ID.get(rid) if ag == AG else None
        if r is None:
            continue
        href = story_path(r)
        if story.opts.get("old_link") == rid and r.opts.get("old_slug"):
            href = f"/{AG}/tin-tuc/{r.opts['old_slug']}-{r.id}.html"
        related_items.append(
            f'<li><a href="{href}">{esc(r.title)}</a> <span class="date">({dmy(r.published_at)})</span></li>'
        )
    related = (
        '<div class="news-related"><h3 class="block-title">Tin liên quan</h3><ul>'
        + "".join(related_items)
        + "</ul></div>"
        if related_items
        else ""
    )
    return f"""{breadcrumb(ag, [(cat_name, f"/{ag}/danh-muc/{cat_key}.html")])}
<article class="news-detail">
<h1 class="news-title">{esc(story.title)}</h1>
<div class="news-meta"><span class="news-date"><i class="fa fa-clock-o"></i> {date_line(story)}</span>{upd}
<span class="news-views"><i class="fa fa-eye"></i> Số lượt xem: {story.views()}</span></div>
<div class="news-sapo">{sapo}</div>
<div class="news-content">
{render_body(story)}
</div>
<div class="news-tools"><a href="{print_path(story, ag)}" target="_blank"><i class="fa fa-print"></i> In bài</a> |
<a href="mailto:?subject={esc(story.title)}&amp;body={path}"><i class="fa fa-envelope"></i> Gửi email</a> |
<a href="https://www.facebook.com/sharer/sharer.php?u=https://hagiang.gov.vn{path}" target="_blank"><i class="fa fa-facebook"></i> Chia sẻ</a></div>
</article>
{related}"""


def article_page(request: Request, story: Story, ag: str, cat_key: str, cat_name: str) -> Response:
    path = story_path(story, ag)
    head = (
        f'<link href="{base_url(request)}{path}" rel="canonical">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:description" content="{esc(summary_of(story))}">'
    )
    main = article_main(story, ag, cat_key, cat_name)
    return html(layout(request, ag, f"{story.title} - {AGENCIES[ag]}", main, head))


def print_page(story: Story) -> Response:
    sapo = f'<div class="news-sapo"><b><i>{esc(story.summary)}</i></b></div>' if story.summary else ""
    return html(f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{esc(story.title)}</title>
<link href="/themes/hagiang/css/print.css" rel="stylesheet"></head>
<body onload="window.print()">
<div class="print-header"><img src="/themes/hagiang/images/logo-print.png" alt=""> {esc(PROVINCE)} - {esc(SITE_NAME)}</div>
<h1 class="news-title">{esc(story.title)}</h1>
<div class="news-date">{date_line(story)}</div>
{sapo}
<div class="news-content">
{render_body(story)}
</div>
</body></html>""")


def item_html(entry: Story | Doc) -> str:
    if isinstance(entry, Doc):
        return (
            '<div class="news-item news-item-doc clearfix"><h3 class="news-item-title">'
            f'<i class="fa fa-file-pdf-o"></i> <a href="{doc_path(entry)}">{esc(entry.kind)} số '
            f"{esc(entry.number)}: {esc(entry.title)}</a></h3>"
            f'<div class="news-item-date">{dmy(entry.date)}</div></div>'
        )
    href = story_path(entry)
    thumb = entry.images[0].src if entry.images else "/themes/hagiang/images/no-image.jpg"
    return (
        '<div class="news-item row">'
        f'<div class="col-sm-4"><a href="{href}"><img class="img-responsive" src="{thumb}" alt=""></a></div>'
        f'<div class="col-sm-8"><h3 class="news-item-title"><a href="{href}">{esc(entry.title)}</a></h3>'
        f'<div class="news-item-date"><i class="fa fa-clock-o"></i> {dmy(entry.published_at)}</div>'
        f'<p class="news-item-sapo">{esc(summary_of(entry))}</p></div></div>'
    )


def entry_date(entry: Story | Doc) -> str:
    return entry.date if isinstance(entry, Doc) else entry.published_at[:10]


def category_items(key: str) -> list[Story | Doc]:
    items: list[Story | Doc] = [s for s in STORIES if s.cat == key]
    items += [d for d in DOCS if d.cat == key]
    return sorted(items, key=entry_date, reverse=True)


def page_of(request: Request, pages: int) -> int:
    """Yii's Pagination: ?page=N (1-based), clamped to [1, pages] (validatePage)."""
    try:
        n = int(request.params.get("page", "1"))
    except ValueError:
        n = 1
    return min(max(n, 1), max(pages, 1))


def link_pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""

    def link(n: int, label: str, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return f'<li{c}><a href="{base}?page={n}" data-page="{n - 1}">{label}</a></li>'

    out = [
        '<li class="prev disabled"><span>&laquo;</span></li>' if page == 1 else link(page - 1, "&laquo;", "prev")
    ]
    out += [link(n, str(n), "active" if n == page else "") for n in range(1, pages + 1)]
    out.append(
        '<li class="next disabled"><span>&raquo;</span></li>' if page == pages else link(page + 1, "&raquo;", "next")
    )
    return '<ul class="pagination">' + "".join(out) + "</ul>"


def category_page(request: Request, key: str) -> Response:
    items = category_items(key)
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    page = page_of(request, pages)
    base = f"/{AG}/danh-muc/{key}.html"
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        breadcrumb(AG, [(CATEGORIES[key], None)])
        + f'<h2 class="category-title">{esc(CATEGORIES[key])}</h2><div class="news-list">'
        + "\n".join(item_html(e) for e in chunk)
        + "</div>"
        + link_pager(base, page, pages)
    )
    return html(layout(request, AG, f"{CATEGORIES[key]} - {SITE_NAME}", main))


def home(request: Request) -> Response:
    newest = sorted(STORIES, key=lambda s: s.published_at, reverse=True)
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{story_path(BY_ID[i])}">'
        f'<img src="{BY_ID[i].images[0].src if BY_ID[i].images else "/themes/hagiang/images/no-image.jpg"}" alt=""></a>'
        f'<div class="carousel-caption"><h3><a href="{story_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></h3></div></div>'
        for n, i in enumerate(SLIDER)
    )
    latest = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="date">{dmy(s.published_at)}</span></li>'
        for s in newest[:6]
    )
    blocks = []
    for key, name in CATEGORIES.items():
        items = category_items(key)[:4]
        lis = "".join(
            f'<li><a href="{doc_path(e) if isinstance(e, Doc) else story_path(e)}">'
            f"{esc(e.title)}</a></li>"
            for e in items
        )
        blocks.append(
            f'<div class="col-md-6 home-block"><h2 class="block-title"><a href="/{AG}/danh-muc/{key}.html">'
            f'{esc(name)}</a></h2><ul class="list-unstyled">{lis}</ul>'
            f'<a class="more" href="/{AG}/danh-muc/{key}.html">Xem thêm »</a></div>'
        )
    main = f"""<div id="home-slider" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
<div class="home-latest"><h2 class="block-title">Tin mới nhất</h2><ul class="list-unstyled">{latest}</ul></div>
<div class="row">{"".join(blocks)}</div>"""
    return html(layout(request, AG, f"{SITE_NAME} - {PROVINCE}", main))


def van_ban_list(request: Request) -> Response:
    pages = (len(DOCS) + DOCS_PER_PAGE - 1) // DOCS_PER_PAGE
    page = page_of(request, pages)
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="{doc_path(d)}">{esc(d.number)}</a></td><td>{dmy(d.date)}</td>'
        f"<td>{esc(d.title)}</td>"
        f'<td><a href="/uploads/{AG}/van-ban/{d.slug}.pdf"><i class="fa fa-download"></i></a></td></tr>'
        for n, d in enumerate(DOCS[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE], (page - 1) * DOCS_PER_PAGE + 1)
    )
    main = (
        breadcrumb(AG, [("Văn bản", None)])
        + '<h2 class="category-title">Văn bản chỉ đạo, điều hành</h2>'
        '<div class="grid-view"><table class="table table-striped table-bordered"><thead><tr>'
        "<th>#</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
        f"</thead><tbody>{rows}</tbody></table></div>"
        + link_pager(f"/{AG}/van-ban", page, pages)
    )
    return html(layout(request, AG, f"Văn bản - {SITE_NAME}", main))


def doc_page(request: Request, doc: Doc) -> Response:
    main = f"""{breadcrumb(AG, [("Văn bản", f"/{AG}/van-ban"), (doc.number, None)])}
<div class="doc-detail"><h1 class="doc-title">{esc(doc.kind)} số {esc(doc.number)}</h1>
<table class="table table-bordered detail-view">
<tr><th>Số ký hiệu</th><td>{esc(doc.number)}</td></tr>
<tr><th>Ngày ban hành</th><td>{dmy(doc.date)}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(doc.kind)}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><th>Người ký</th><td>{esc(doc.signer)}</td></tr>
<tr><th>Trích yếu</th><td>{esc(doc.title)}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/{AG}/van-ban/{doc.slug}.pdf">{doc.slug}.pdf</a></td></tr>
</table></div>"""
    return html(layout(request, AG, f"{doc.number} - {SITE_NAME}", main))


STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu Sở Giáo dục và Đào tạo tỉnh Hà Giang",
        "<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Giang, tham "
        "mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh.</p>"
        "<p><strong>Chức năng, nhiệm vụ</strong></p>"
        "<p>Trình UBND tỉnh dự thảo quyết định, chỉ thị, kế hoạch phát triển giáo dục dài hạn, "
        "trung hạn và hằng năm; hướng dẫn, kiểm tra việc thực hiện.</p>"
        "<p><strong>Cơ cấu tổ chức</strong></p><ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li>"
        "<li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li><li>Phòng Giáo dục Mầm non</li>"
        "<li>Phòng Giáo dục Tiểu học</li><li>Phòng Giáo dục Trung học</li></ul>",
    ),
    "lien-he": (
        "Liên hệ",
        "<p>Sở Giáo dục và Đào tạo tỉnh Hà Giang</p>"
        "<p>Địa chỉ: Số 268, đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà Giang</p>"
        "<p>Điện thoại: 0219.3866.812 - Email: sogddt@hagiang.gov.vn</p>",
    ),
}


def static_page(request: Request, slug: str) -> Response:
    title, content = STATIC_PAGES[slug]
    form = ""
    if slug == "lien-he":
        form = f"""<form id="contact-form" action="/{AG}/lien-he.html" method="post">
<input type="hidden" name="_csrf-frontend" value="{csrf(request)}">
<div class="form-group"><label>Họ và tên</label><input type="text" class="form-control" name="ContactForm[name]"></div>
<div class="form-group"><label>Email</label><input type="text" class="form-control" name="ContactForm[email]"></div>
<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="ContactForm[body]" rows="6"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi</button></form>"""
    main = (
        breadcrumb(AG, [(title if slug == "gioi-thieu" else "Liên hệ", None)])
        + f'<article class="page-detail"><h1 class="news-title">{esc(title)}</h1>'
        f'<div class="news-content">{content}</div>{form}</article>'
    )
    return html(layout(request, AG, f"{title} - {SITE_NAME}", main))


def agency_home(request: Request, ag: str) -> Response:
    items = [s for s, _ in OTHER_STORIES.get(ag, [])]
    lis = "".join(f'<li><a href="{story_path(s, ag)}">{esc(s.title)}</a></li>' for s in items)
    main = f'<h2 class="block-title">Tin mới nhất</h2><ul class="list-unstyled">{lis or "<li>Chưa có tin.</li>"}</ul>'
    return html(layout(request, ag, f"{AGENCIES[ag]} - {PROVINCE}", main))


def agency_category(request: Request, ag: str, key: str) -> Response | None:
    items = [(s, cat) for s, cat in OTHER_STORIES.get(ag, []) if s.cat == key]
    if not items:
        return None
    name = items[0][1]
    main = (
        breadcrumb(ag, [(name, None)])
        + f'<h2 class="category-title">{esc(name)}</h2><div class="news-list">'
        + "".join(
            f'<div class="news-item"><h3 class="news-item-title"><a href="{story_path(s, ag)}">{esc(s.title)}</a></h3>'
            f'<div class="news-item-date">{dmy(s.published_at)}</div></div>'
            for s, _ in items
        )
        + "</div>"
    )
    return html(layout(request, ag, f"{name} - {AGENCIES[ag]}", main))


def province_home(request: Request) -> Response:
    lis = "".join(f'<li><a href="/{k}/">{esc(v)}</a></li>' for k, v in AGENCIES.items())
    main = f'<h1 class="portal-title">{esc(PROVINCE)}</h1><h2>Các sở, ban, ngành</h2><ul>{lis}</ul>'
    return html(layout(request, "", PROVINCE, main, side=False))


def login_page(request: Request) -> Response:
    main = f"""<div class="site-login"><h1>Đăng nhập hệ thống</h1>
<form id="login-form" action="/site/login" method="post">
<input type="hidden" name="_csrf-frontend" value="{csrf(request)}">
<div class="form-group"><label>Tên đăng nhập</label><input type="text" class="form-control" name="LoginForm[username]"></div>
<div class="form-group"><label>Mật khẩu</label><input type="password" class="form-control" name="LoginForm[password]"></div>
<button type="submit" class="btn btn-primary">Đăng nhập</button></form></div>"""
    return html(layout(request, "", f"Đăng nhập - {PROVINCE}", main, side=False))


ARTICLE_RE = re.compile(r"/([a-z]+)/tin-tuc/([a-z0-9-]+)-(\d+)\.html")


class YiiEgovSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/uploads/", "/themes/", "/assets/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return province_home(request)
        if path == "/site/login":
            return login_page(request)
        if m := ARTICLE_RE.fullmatch(path):
            ag, slug, sid = m.group(1), m.group(2), int(m.group(3))
            if ag == AG and sid in BY_ID:
                s = BY_ID[sid]
                if slug != s.slug:
                    return redirect(story_path(s), 301)
                return article_page(request, s, AG, s.cat, CATEGORIES[s.cat])
            if sid in OTHER_BY_ID and OTHER_BY_ID[sid][0] == ag:
                _, s, cat = OTHER_BY_ID[sid]
                if slug != s.slug:
                    return redirect(story_path(s, ag), 301)
                return article_page(request, s, ag, s.cat, cat)
            return None
        if m := re.fullmatch(rf"/{AG}/tin-tuc/in/(\d+)\.html", path):
            s = BY_ID.get(int(m.group(1)))
            return print_page(s) if s else None
        if path == f"/{AG}/index.php":
            p = request.params
            if p.get("r") == "tin-tuc/view" and p.get("id", "").isdigit() and int(p["id"]) in BY_ID:
                s = BY_ID[int(p["id"])]
                return article_page(request, s, AG, s.cat, CATEGORIES[s.cat])
            return None
        if path in (f"/{AG}", f"/{AG}/"):
            return home(request) if path.endswith("/") else redirect(f"/{AG}/", 301)
        if m := re.fullmatch(rf"/{AG}/danh-muc/([a-z0-9-]+)\.html", path):
            return category_page(request, m.group(1)) if m.group(1) in CATEGORIES else None
        if path == f"/{AG}/van-ban":
            return van_ban_list(request)
        if m := re.fullmatch(rf"/{AG}/van-ban/[a-z0-9-]+-(\d+)\.html", path):
            d = DOC_BY_ID.get(int(m.group(1)))
            return doc_page(request, d) if d and path == doc_path(d) else None
        if m := re.fullmatch(rf"/{AG}/([a-z-]+)\.html", path):
            return static_page(request, m.group(1)) if m.group(1) in STATIC_PAGES else None
        if path == f"/{AG}/poll/vote":
            return redirect(f"/{AG}/", 302)
        if m := re.fullmatch(r"/([a-z]+)/?", path):
            ag = m.group(1)
            if ag in AGENCIES and ag != AG:
                return agency_home(request, ag) if path.endswith("/") else redirect(f"/{ag}/", 301)
            return None
        m = re.fullmatch(r"/([a-z]+)/danh-muc/([a-z0-9-]+)\.html", path)
        if m and m.group(1) in AGENCIES and m.group(1) != AG:
            return agency_category(request, m.group(1), m.group(2))
        return None


def build_site() -> YiiEgovSite:
    return YiiEgovSite()
