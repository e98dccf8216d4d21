"""Trường Chính trị tỉnh Gia Lai on Joomla 3.8 with a JoomlArt magazine template (JA Teline-like).

Platform
    Joomla! 3.8 (com_content, no K2), template "ja_teline_v" on the T3 framework: mega menu,
    magazine home (a featured lead with its intro text, two sub-leads, one block per category,
    a "JA content popup" photo strip), category blog layouts (1 leading item with its whole
    intro text, 2 intro items in columns, 1 title link under "Bài viết khác"; 4 items a page),
    article view with the T3 info block, a cog menu with the print icon (the pagenavigation
    plugin is off), "Tin liên quan" (mod_related_items) and "Các tin cùng chuyên mục".
    SEF URLs with IDs, ``.html`` suffix; the alias part of a URL is not checked (Joomla routes on
    the ID), as on a real site.

URL scheme
    ``/``                                                    home (magazine)
    ``/tin-tuc-su-kien.html``                                menu item: list of the categories
    ``/tin-tuc-su-kien/<catid>-<cat-alias>.html?start=<n>``  category blog, n = 0, 4, 8 …
    ``/tin-tuc-su-kien/<catid>-<cat-alias>/<id>-<alias>.html``  article
        ``?tmpl=component``                                  JA popup (component only)
        ``?tmpl=component&print=1&layout=default``           print view (rel="nofollow")
        ``?start=1`` / ``?showall=1``                        {pagebreak} pages of article 315
    ``/component/content/article/<catid>-<cat-alias>/<id>-<alias>.html?Itemid=101``
                                                             the same article, as mod_related_items
                                                             links it
    ``/<menu-alias>.html``                                   single-article menu items (Giới thiệu,
                                                             Chức năng nhiệm vụ, Cơ cấu tổ chức),
                                                             contact, photo gallery, documents
    ``/images/…``                                            images

How each gold article is reached
    Eleven articles are linked from the home page (featured lead, sub-leads, category blocks,
    popup strip, "Đọc nhiều"). 300 (Đào tạo - Bồi dưỡng) is only in the "Bài viết khác" title
    list of its category's page 1, 293 only on page 2 (``?start=4``) of that category.

Traps
    1. Two ``<h1>``: T3 prints the menu item's page heading ("Tin tức - Sự kiện") in
       ``div.page-header h1`` above the article; the headline is the second ``h1.article-title``.
       Gold title = the headline.
    2. The T3 info block prints "Ngày tạo" (``time[itemprop=dateCreated]``) BEFORE "Ngày đăng"
       (``datePublished``), and for some articles "Cập nhật lần cuối" (``dateModified``); the
       created day is often days earlier (drafts waiting for approval). Dates print as Joomla's
       vi-VN LC2 "Chủ nhật, 29 Tháng 11 2026 10:05" (month as "Tháng 11" between day and year).
       Gold = datePublished with its time.
    3. "Viết bởi" prints ``created_by_alias`` when the editor filled it in, else the Joomla user:
       "Super User" / "quantri" are accounts (nobody), "Trần Quốc Việt" is a person's account
       (the author), "ThS. Lê Thị Thu Hà" an alias with a degree. ``<meta name="author">`` says
       the same. The real author of account-signed posts is the right-aligned line closing the
       text.
    4. The full-text image is printed Joomla-3 style as ``<img class="caption" title="…">`` in
       ``div.item-image`` outside the text; the visible caption is drawn by ``JCaption`` from
       the ``title`` attribute (the ``alt`` is a different, shorter text). Gold: the image is the
       article's first image, caption = the ``title`` text. Listings show another file (the
       intro image, ``…-thumb.jpg``), which is not in the article.
    5. Article 315 is split by ``{pagebreak}``: the page shows part 1, a "Mục lục bài viết" index
       (page titles, "Tất cả các trang"), "Trang 1 / 2" and a Trước/Tiếp pager; ``?start=1`` is
       part 2 (its ``<title>`` gets " - Kết quả thảo luận"), ``?showall=1`` and the print view
       are whole. Gold body = both parts (the index titles are not text); ``?start=1`` and
       ``?showall=1`` are alt paths of the one article.
    6. ``{loadposition}`` left in article 305: a rendered ``div.moduletable`` "Tin mới đăng" (a
       list of article links) sits between two paragraphs inside ``itemprop="articleBody"``.
       Not body.
    7. Email cloaking: in article 311 the address in a paragraph is printed as Joomla's
       ``<span id="cloak…">Địa chỉ email này đang được bảo vệ…</span><script>…</script>``; a
       browser shows the address. Gold paragraph = the sentence with the address
       ("… email: phongdaotao.tct@gialai.gov.vn."), not the "bảo vệ" notice.
    8. The category blog's leading item prints its whole intro text (sapo, sometimes two
       paragraphs) plus "Đọc thêm: <title>" — a list page that reads like an article. Not an
       article; the article page has intro + full text.
    9. One article, several URLs: canonical; ``/component/content/article/…?Itemid=101`` from
       "Tin liên quan"; ``?tmpl=component`` from the JA popup strip (component only, no
       breadcrumb); the "Tin tiêu điểm" box links article 312 under its old alias
       (``312-hoi-nghi-vien-chuc-2026.html``), which Joomla serves (200, no redirect); print
       view (rel="nofollow"). All alt paths.
   10. JCE photo tables: article 317 lays photos out in a ``table.tbl-anh`` whose second row is
       the caption cell; article 315 has a real data table whose rows are body. Gold: the
       photo table's caption row is a caption (not body), the data table rows are body
       ("cells joined by ' | '").
   11. Single-article menu items (/gioi-thieu.html …) use the very same ``item-page`` article
       markup (headline, info block with dates and hits, articleBody). Not articles.
   12. "Tin liên quan" and "Các tin cùng chuyên mục" (the 3 newest of the category) under each
       article are lists of other articles' titles with dates "(25/11/2026)": not body, and
       their dates are not the article's.

Gold decisions on ambiguous points
    - published_at: the ``datePublished`` value (it prints the time) with +07:00, never
      dateCreated/dateModified, never the header's "Thứ Bảy, 05/12/2026".
    - authors: created_by_alias when it is a name or a unit (degree removed); a right-aligned
      closing signature otherwise; Joomla accounts "Super User"/"quantri" -> nobody.
      "Tin: X - Ảnh: Y" -> [X], [Y]; "Tin, ảnh: X" -> X in both.
    - summary: a bold first paragraph (``<p><strong>…</strong></p>``) is the sapo; otherwise null.
    - body of 315: part 1 then part 2, as ``?showall=1`` prints them (the pagebreak titles are
      only in the index: no text).
    - category: the article's own category as the breadcrumb prints it (not "Tin tức - Sự kiện").
    - images: the JCaption image first (caption from its title), then the text's photos; the
      photographer-only line "Ảnh: Đức Anh" is no caption.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "joomla3_teline_magazine_tct"
PLATFORM = "Joomla 3.8 + JA Teline (T3 framework), SEF URLs with IDs"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Gia Lai"
HEADER_DAY = "Thứ Bảy, 05/12/2026"

#: catid -> (alias, title as the breadcrumb prints it)
CATS: dict[int, tuple[str, str]] = {
    8: ("dao-tao-boi-duong", "Đào tạo - Bồi dưỡng"),
    9: ("nghien-cuu-khoa-hoc", "Nghiên cứu khoa học"),
    10: ("hoat-dong-dang-doan-the", "Hoạt động Đảng - Đoàn thể"),
    11: ("tin-tong-hop", "Tin tổng hợp"),
}
PER_PAGE = 4  # 1 leading + 2 intro + 1 link
IMG = "/images/tin-tuc/2026"

_EMAIL = "phongdaotao.tct@gialai.gov.vn"


def _sig(text: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(text)}</strong></p>')


_MODULE_IN_TEXT = Raw("__LOADPOSITION__")

STORIES: list[Story] = [
    Story(
        id=318,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-hanh-chinh-khoa-72",
        title="Khai giảng lớp Trung cấp lý luận chính trị - hành chính khóa 72 hệ không tập trung",
        cat="8",
        published_at="2026-12-03T08:15:00+07:00",
        summary=(
            "Sáng 02/12, Trường Chính trị tỉnh Gia Lai tổ chức khai giảng lớp Trung cấp lý luận "
            "chính trị - hành chính khóa 72 hệ không tập trung cho 112 học viên là cán bộ, công "
            "chức các sở, ban, ngành của tỉnh."
        ),
        blocks=[
            Img(
                f"{IMG}/12/khai-giang-k72.jpg",
                printed="Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                caption="Đồng chí Phó Hiệu trưởng Nhà trường phát biểu khai giảng lớp học",
                style="jcaption",
            ),
            P(
                "Sáng 02/12, Trường Chính trị tỉnh Gia Lai tổ chức khai giảng lớp Trung cấp lý luận "
                "chính trị - hành chính khóa 72 hệ không tập trung cho 112 học viên là cán bộ, công "
                "chức các sở, ban, ngành của tỉnh.",
                "lead",
            ),
            P(
                "Lớp học được tổ chức trong thời gian 8 tháng với 5 phần học, gồm: những vấn đề "
                "cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; những vấn đề cơ bản về "
                "Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; những vấn đề cơ bản về hệ thống "
                "chính trị, Nhà nước và pháp luật; quản lý hành chính nhà nước và kỹ năng lãnh "
                "đạo, quản lý; tình hình, nhiệm vụ và kinh nghiệm thực tiễn của địa phương."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm "
                "quy chế đào tạo, tích cực nghiên cứu tài liệu, liên hệ thực tiễn cơ quan, đơn vị "
                "nơi công tác; đồng thời yêu cầu các khoa, phòng chuẩn bị chu đáo chương trình, "
                "giáo trình và đổi mới phương pháp giảng dạy."
            ),
            P(
                "Dịp này, Nhà trường đã công bố quyết định thành lập Ban cán sự lớp và Chi bộ lớp "
                "học gồm 9 đảng viên."
            ),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={
            "created": "2026-12-02T16:20:00+07:00",
            "by": "Super User",
            "alias": "Phòng Quản lý đào tạo",
            "keys": "dao-tao",
            "intro_n": 2,
        },
    ),
    Story(
        id=317,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        title="Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV năm 2026",
        cat="10",
        published_at="2026-12-01T16:40:00+07:00",
        blocks=[
            P(
                "Chiều 30/11, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ "
                "đề “Nâng cao vai trò nêu gương của cán bộ, đảng viên trong thực hiện nhiệm vụ "
                "chính trị của Nhà trường”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận, làm rõ những kết quả đạt được và "
                "hạn chế trong việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
                "gắn với Kết luận số 01-KL/TW của Bộ Chính trị."
            ),
            Img(
                f"{IMG}/12/sinh-hoat-chuyen-de-1.jpg",
                printed="Quang cảnh buổi sinh hoạt chuyên đề",
                caption="Quang cảnh buổi sinh hoạt chuyên đề",
                style="table",
            ),
            P(
                "Kết thúc buổi sinh hoạt, Chi bộ thống nhất đăng ký 3 nội dung làm theo trong năm "
                "2027, trong đó chú trọng đổi mới phương pháp giảng dạy và tăng cường đi thực tế "
                "cơ sở của giảng viên."
            ),
            Img(
                f"{IMG}/12/sinh-hoat-chuyen-de-2.jpg",
                printed="Đảng viên Chi bộ phát biểu tham luận",
                caption="Đảng viên Chi bộ phát biểu tham luận",
                style="table",
            ),
            _sig("Rơ Mah H'Nhung"),
        ],
        authors=["Rơ Mah H'Nhung"],
        opts={"created": "2026-11-29T10:05:00+07:00", "by": "Super User", "popup": True},
    ),
    Story(
        id=315,
        slug="hoi-thao-nang-cao-chat-luong-giang-day-ly-luan-chinh-tri",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực "
            "tiễn địa phương”"
        ),
        cat="9",
        published_at="2026-11-27T07:30:00+07:00",
        summary=(
            "Ngày 26/11, Trường Chính trị tỉnh Gia Lai tổ chức Hội thảo khoa học cấp trường "
            "“Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”."
        ),
        blocks=[
            P(
                "Ngày 26/11, Trường Chính trị tỉnh Gia Lai tổ chức Hội thảo khoa học cấp trường "
                "“Nâng cao chất lượng giảng dạy lý luận chính trị gắn với thực tiễn địa phương”.",
                "lead",
            ),
            P(
                "Hội thảo nhận được 24 bài tham luận của giảng viên các khoa, phòng và báo cáo "
                "viên các ban Đảng Tỉnh ủy. Các tham luận tập trung phân tích thực trạng việc đưa "
                "tình hình thực tiễn của tỉnh vào bài giảng, những khó khăn khi giảng dạy cho học "
                "viên là người dân tộc thiểu số."
            ),
            P("Số tham luận theo nhóm chủ đề:"),
            P("Nhóm chủ đề | Số tham luận", "tr"),
            P("Đổi mới phương pháp giảng dạy | 9", "tr"),
            P("Gắn bài giảng với thực tiễn địa phương | 11", "tr"),
            P("Kiểm tra, đánh giá kết quả học tập | 4", "tr"),
            # {pagebreak title="Kết quả thảo luận"} before this block (opts["break_at"])
            P(
                "Qua thảo luận, các đại biểu thống nhất cần xây dựng bộ tư liệu về tình hình kinh "
                "tế - xã hội, quốc phòng - an ninh của tỉnh để giảng viên cập nhật vào bài giảng "
                "hằng năm."
            ),
            P(
                "Đồng thời, Nhà trường sẽ tăng cường tổ chức cho giảng viên đi thực tế tại các "
                "huyện, thị xã, thành phố; mời báo cáo viên là lãnh đạo các sở, ngành tham gia "
                "giảng dạy các chuyên đề thực tiễn."
            ),
            P(
                "Kết luận hội thảo, đồng chí chủ trì ghi nhận chất lượng các tham luận và giao "
                "Phòng Quản lý khoa học tổng hợp, biên tập thành kỷ yếu."
            ),
            _sig("TS. Nguyễn Đình Phúc - Phó Hiệu trưởng"),
        ],
        authors=["Nguyễn Đình Phúc"],
        opts={
            "created": "2026-11-27T07:30:00+07:00",
            "modified": "2026-11-30T09:02:00+07:00",
            "by": "quantri",
            "keys": "khoa-hoc",
            "break_at": 7,
            "break_title": "Kết quả thảo luận",
            "first_title": "Nội dung tham luận",
        },
    ),
    Story(
        id=314,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="8",
        published_at="2026-11-25T15:00:00+07:00",
        blocks=[
            P(
                "Chiều 24/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bế "
                "giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."
            ),
            P(
                "Trong thời gian 10 ngày, 86 học viên là trưởng thôn, làng, tổ dân phố và người có "
                "uy tín trong đồng bào dân tộc thiểu số đã được truyền đạt các chuyên đề về quan "
                "điểm của Đảng về quốc phòng, an ninh; xây dựng nền quốc phòng toàn dân, thế trận "
                "an ninh nhân dân."
            ),
            Img(
                f"{IMG}/11/be-giang-qpan.jpg",
                printed="Trao giấy chứng nhận cho các học viên",
                caption="Trao giấy chứng nhận cho các học viên",
                style="center",
            ),
            P("Kết quả, 100% học viên đạt yêu cầu, trong đó có 31 học viên đạt loại giỏi."),
            Raw('<p style="text-align: right;"><em>Minh Châu</em></p>'),
        ],
        authors=["Minh Châu"],
        opts={"created": "2026-11-25T14:10:00+07:00", "by": "Super User", "keys": "dao-tao",
              "popup": True},
    ),
    Story(
        id=312,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-2027",
        title="Trường Chính trị tỉnh tổ chức Hội nghị viên chức, người lao động năm 2027",
        cat="11",
        published_at="2026-11-20T10:00:00+07:00",
        blocks=[
            P(
                "Ngày 19/11, Trường Chính trị tỉnh Gia Lai tổ chức Hội nghị viên chức, người lao "
                "động năm 2027 nhằm đánh giá kết quả thực hiện nhiệm vụ năm 2026 và bàn giải pháp "
                "thực hiện nhiệm vụ năm 2027."
            ),
            P(
                "Năm 2026, Nhà trường đã mở 18 lớp đào tạo, bồi dưỡng với hơn 2.100 học viên, "
                "vượt 12% kế hoạch; hoàn thành 6 đề tài khoa học cấp trường."
            ),
            P(
                "Hội nghị đã thông qua Quy chế chi tiêu nội bộ sửa đổi và ký giao ước thi đua giữa "
                "Hiệu trưởng với Chủ tịch Công đoàn cơ sở."
            ),
        ],
        opts={"created": "2026-11-20T10:00:00+07:00", "by": "Super User",
              "old_alias": "hoi-nghi-vien-chuc-2026"},
    ),
    Story(
        id=311,
        slug="thong-bao-tuyen-sinh-cao-cap-ly-luan-chinh-tri-2027",
        title="Tuyển sinh lớp Cao cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="11",
        published_at="2026-11-16T09:20:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh Gia Lai phối hợp với "
                "Học viện Chính trị khu vực III tuyển sinh lớp Cao cấp lý luận chính trị hệ không "
                "tập trung."
            ),
            P("Đối tượng tuyển sinh:", "h3"),
            P(
                "Cán bộ, công chức, viên chức đang giữ chức vụ lãnh đạo, quản lý cấp phòng và "
                "tương đương trở lên thuộc diện Ban Thường vụ Tỉnh ủy quản lý.",
                "li",
            ),
            P("Có trình độ đại học trở lên và đã có bằng trung cấp lý luận chính trị.", "li"),
            P(
                "Hồ sơ nộp trước ngày 25/12/2026 tại Phòng Quản lý đào tạo, số 02 Hùng Vương, "
                f"thành phố Pleiku; mọi thông tin chi tiết xin liên hệ email: {_EMAIL}.",
                "cloak",
            ),
        ],
        opts={"created": "2026-11-16T09:20:00+07:00", "by": "quantri"},
    ),
    Story(
        id=309,
        slug="boi-duong-nghiep-vu-cong-tac-dan-van-nam-2026",
        title="Bồi dưỡng nghiệp vụ công tác dân vận cho cán bộ cơ sở năm 2026",
        cat="8",
        published_at="2026-11-11T14:00:00+07:00",
        summary=(
            "Từ ngày 09 đến 11/11, Trường Chính trị tỉnh phối hợp với Ban Dân vận Tỉnh ủy mở "
            "lớp bồi dưỡng nghiệp vụ công tác dân vận cho 95 cán bộ các xã, phường, thị trấn."
        ),
        blocks=[
            P(
                "Từ ngày 09 đến 11/11, Trường Chính trị tỉnh phối hợp với Ban Dân vận Tỉnh ủy mở "
                "lớp bồi dưỡng nghiệp vụ công tác dân vận cho 95 cán bộ các xã, phường, thị trấn.",
                "lead",
            ),
            P(
                "Học viên được nghiên cứu các chuyên đề: công tác dân vận trong tình hình mới; "
                "kỹ năng nắm bắt tình hình nhân dân; xây dựng mô hình “Dân vận khéo” ở cơ sở."
            ),
            P(
                "Lớp học dành thời gian trao đổi kinh nghiệm vận động đồng bào dân tộc thiểu số "
                "tham gia phát triển kinh tế, giữ gìn an ninh trật tự tại các làng."
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"created": "2026-11-11T14:00:00+07:00", "by": "quantri",
              "alias": "ThS. Lê Thị Thu Hà", "keys": "dao-tao"},
    ),
    Story(
        id=305,
        slug="nghiem-thu-de-tai-khoa-hoc-cap-truong-nam-2026",
        title="Nghiệm thu 6 đề tài khoa học cấp trường năm 2026",
        cat="9",
        published_at="2026-11-06T08:45:00+07:00",
        blocks=[
            P(
                "Ngày 05/11, Hội đồng khoa học Nhà trường tổ chức nghiệm thu 6 đề tài khoa học "
                "cấp trường năm 2026."
            ),
            P(
                "Các đề tài tập trung vào những vấn đề thiết thực như nâng cao chất lượng sinh "
                "hoạt chi bộ ở các làng đồng bào dân tộc thiểu số, đổi mới công tác kiểm tra, "
                "đánh giá học viên, ứng dụng công nghệ thông tin trong giảng dạy."
            ),
            _MODULE_IN_TEXT,
            P(
                "Kết quả, 2 đề tài được xếp loại xuất sắc, 4 đề tài xếp loại khá. Hội đồng đề "
                "nghị các chủ nhiệm đề tài tiếp thu ý kiến phản biện, hoàn thiện sản phẩm để ứng "
                "dụng trong giảng dạy."
            ),
            _sig("Phòng Quản lý khoa học"),
        ],
        authors=["Phòng Quản lý khoa học"],
        opts={"created": "2026-11-05T17:30:00+07:00", "by": "Super User", "keys": "khoa-hoc"},
    ),
    Story(
        id=303,
        slug="doan-thanh-nien-ra-quan-tinh-nguyen-mua-dong",
        title="Đoàn Thanh niên Nhà trường ra quân “Tình nguyện mùa đông” năm 2026",
        cat="10",
        published_at="2026-11-02T17:10:00+07:00",
        blocks=[
            P(
                "Ngày 01/11, Đoàn Thanh niên Trường Chính trị tỉnh tổ chức ra quân chương trình "
                "“Tình nguyện mùa đông” tại làng Ia Lang, xã Ia Ka, huyện Chư Păh."
            ),
            P(
                "Đoàn đã trao 120 suất quà gồm áo ấm, gạo, sách vở cho học sinh và hộ nghèo trong "
                "làng; phối hợp với Chi đoàn xã dọn vệ sinh, trồng cây xanh tại nhà văn hóa làng."
            ),
            Img(
                f"{IMG}/11/tinh-nguyen-mua-dong.jpg",
                printed="Đoàn viên trao quà cho học sinh làng Ia Lang",
                caption="Đoàn viên trao quà cho học sinh làng Ia Lang",
                style="center",
            ),
        ],
        authors=["Trần Quốc Việt"],
        opts={"created": "2026-11-02T17:10:00+07:00", "by": "Trần Quốc Việt", "popup": True},
    ),
    Story(
        id=300,
        slug="thuc-te-cuoi-khoa-lop-trung-cap-khoa-70-tai-chu-pah",
        title="Học viên lớp Trung cấp lý luận chính trị - hành chính khóa 70 đi thực tế tại Chư Păh",
        cat="8",
        published_at="2026-10-22T11:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 19 đến 21/10, lớp Trung cấp lý luận chính trị - hành chính khóa 70 tổ "
                "chức đi thực tế cuối khóa tại huyện Chư Păh."
            ),
            P(
                "Học viên được nghe lãnh đạo huyện giới thiệu tình hình phát triển kinh tế - xã "
                "hội, công tác xây dựng Đảng và hệ thống chính trị; tham quan mô hình trồng cà phê "
                "công nghệ cao tại xã Nghĩa Hưng."
            ),
            Img(f"{IMG}/10/thuc-te-chu-pah.jpg", printed="Ảnh: Đức Anh", caption=None,
                style="center"),
            P(
                "Sau đợt thực tế, mỗi học viên viết bài thu hoạch gắn với thực tiễn cơ quan, đơn "
                "vị mình."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Hoàng Yến - Ảnh: Đức Anh</strong></p>'),
        ],
        authors=["Hoàng Yến"],
        photographers=["Đức Anh"],
        opts={"created": "2026-10-22T11:30:00+07:00", "by": "Super User"},
    ),
    Story(
        id=298,
        slug="lanh-dao-tinh-lam-viec-voi-truong-chinh-tri",
        title="Lãnh đạo tỉnh làm việc với Trường Chính trị về công tác đào tạo, bồi dưỡng cán bộ",
        cat="11",
        published_at="2026-10-17T16:05:00+07:00",
        blocks=[
            P(
                "Chiều 16/10, đồng chí Phó Bí thư Thường trực Tỉnh ủy đã có buổi làm việc với "
                "Trường Chính trị tỉnh về kết quả công tác đào tạo, bồi dưỡng cán bộ 9 tháng đầu "
                "năm 2026."
            ),
            P(
                "Đồng chí đề nghị Nhà trường tiếp tục đổi mới nội dung, chương trình, chú trọng "
                "bồi dưỡng kỹ năng lãnh đạo, quản lý cho cán bộ cơ sở và đội ngũ cán bộ người dân "
                "tộc thiểu số."
            ),
            Img(
                f"{IMG}/10/lanh-dao-tinh-lam-viec.jpg",
                printed="Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại buổi làm việc",
                caption="Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại buổi làm việc",
                style="center",
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Hồng Thi</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Gia Lai</em></p>'),
        ],
        authors=["Hồng Thi"],
        photographers=["Hồng Thi"],
        source="Báo Gia Lai",
        opts={"created": "2026-10-17T16:05:00+07:00", "by": "quantri", "popup": True},
    ),
    Story(
        id=296,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-mon-lich-su-dang",
        title="Vận dụng phương pháp dạy học tích cực trong giảng dạy môn Lịch sử Đảng",
        cat="9",
        published_at="2026-10-13T09:00:00+07:00",
        summary=(
            "Phương pháp dạy học tích cực giúp học viên chủ động tiếp cận tri thức, gắn lý luận "
            "với thực tiễn; đây là yêu cầu cấp thiết đối với môn Lịch sử Đảng ở trường chính trị."
        ),
        blocks=[
            P(
                "Phương pháp dạy học tích cực giúp học viên chủ động tiếp cận tri thức, gắn lý luận "
                "với thực tiễn; đây là yêu cầu cấp thiết đối với môn Lịch sử Đảng ở trường chính "
                "trị.",
                "lead",
            ),
            P("1. Thực trạng", "h3"),
            P(
                "Thời gian qua, giảng viên chủ yếu sử dụng phương pháp thuyết trình; việc sử dụng "
                "tư liệu lịch sử địa phương, phim tư liệu còn hạn chế, chưa phát huy được kinh "
                "nghiệm thực tiễn của học viên.[1]"
            ),
            P("2. Một số giải pháp", "h3"),
            P(
                "Một là, kết hợp thuyết trình với nêu vấn đề, thảo luận nhóm, tình huống lịch sử "
                "gắn với phong trào cách mạng ở Gia Lai."
            ),
            P(
                "Hai là, khai thác tư liệu từ Bảo tàng tỉnh, các di tích lịch sử trên địa bàn để "
                "minh họa bài giảng."
            ),
            P("Tài liệu tham khảo", "h3"),
            P(
                "[1] Ban Chấp hành Đảng bộ tỉnh Gia Lai (2020), Lịch sử Đảng bộ tỉnh Gia Lai "
                "(1945-2020), Nxb Chính trị quốc gia Sự thật, Hà Nội."
            ),
            _sig("ThS. Phạm Thị Kim Oanh - Khoa Lý luận cơ sở"),
        ],
        authors=["Phạm Thị Kim Oanh"],
        opts={"created": "2026-10-12T20:45:00+07:00", "by": "quantri",
              "alias": "ThS. Phạm Thị Kim Oanh", "keys": "khoa-hoc"},
    ),
    Story(
        id=293,
        slug="khai-giang-lop-boi-duong-can-bo-nu-nam-2026",
        title="Khai giảng lớp bồi dưỡng cán bộ nữ trong quy hoạch năm 2026",
        cat="8",
        published_at="2026-10-05T08:00:00+07:00",
        blocks=[
            P(
                "Sáng 05/10, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng kiến thức, kỹ năng "
                "lãnh đạo, quản lý cho 64 cán bộ nữ trong quy hoạch cấp huyện và tương đương."
            ),
            P(
                "Chương trình gồm 8 chuyên đề về bình đẳng giới, kỹ năng giao tiếp, đàm phán, "
                "xử lý tình huống trong lãnh đạo, quản lý."
            ),
            _sig("Khoa Nhà nước và pháp luật"),
        ],
        authors=["Khoa Nhà nước và pháp luật"],
        opts={"created": "2026-10-04T15:00:00+07:00", "by": "quantri"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
for _s in STORIES:
    _s.cat = CATS[int(_s.cat)][1]
    _s.opts["catid"] = next(c for c, (_, t) in CATS.items() if t == _s.cat)


def _catid(s: Story) -> int:
    return s.opts["catid"]


def _cat_path(catid: int, start: int = 0) -> str:
    base = f"/tin-tuc-su-kien/{catid}-{CATS[catid][0]}.html"
    return f"{base}?start={start}" if start else base


def _path(s: Story, alias: str | None = None) -> str:
    c = _catid(s)
    return f"/tin-tuc-su-kien/{c}-{CATS[c][0]}/{s.id}-{alias or s.slug}.html"


def _component_path(s: Story) -> str:
    c = _catid(s)
    return f"/component/content/article/{c}-{CATS[c][0]}/{s.id}-{s.slug}.html?Itemid=101"


def _print_path(s: Story) -> str:
    return _path(s) + "?tmpl=component&print=1&layout=default"


def _popup_path(s: Story) -> str:
    return _path(s) + "?tmpl=component"


def _in_cat(catid: int) -> list[Story]:
    return sorted((s for s in STORIES if _catid(s) == catid), key=lambda s: s.published_at,
                  reverse=True)


def _related(s: Story) -> list[Story]:
    key = s.opts.get("keys")
    if not key:
        return []
    return [o for o in STORIES if o.opts.get("keys") == key and o.id != s.id][:3]


# --- dates --------------------------------------------------------------------------------

_WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _lc2(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{_WD[d.weekday()]}, {d:%d} Tháng {d.month} {d.year} {d:%H:%M}"


def _dmy(iso: str) -> str:
    return datetime.fromisoformat(iso).strftime("%d/%m/%Y")


# --- chrome -------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [
        ("/gioi-thieu.html", "Giới thiệu chung"),
        ("/chuc-nang-nhiem-vu.html", "Chức năng, nhiệm vụ"),
        ("/co-cau-to-chuc.html", "Cơ cấu tổ chức"),
    ]),
    ("/tin-tuc-su-kien.html", "Tin tức - Sự kiện", [(_cat_path(c), t) for c, (_, t) in CATS.items()]),
    ("/van-ban-tai-lieu.html", "Văn bản - Tài liệu", []),
    ("/thu-vien-anh.html", "Thư viện ảnh", []),
    ("/lien-he.html", "Liên hệ", []),
]


def _menu(active: str) -> str:
    items = []
    for i, (href, label, kids) in enumerate(MENU):
        cls = "active" if href == active else ""
        if kids:
            sub = "".join(
                f'<li data-id="{140 + i * 10 + j}" data-level="2"><a href="{h}">{esc(t)}</a></li>'
                for j, (h, t) in enumerate(kids)
            )
            items.append(
                f'<li class="dropdown mega {cls}" data-id="{101 + i}" data-level="1">'
                f'<a class="dropdown-toggle" href="{href}" data-target="#" data-toggle="dropdown">'
                f'{esc(label)} <em class="caret"></em></a>'
                '<div class="nav-child dropdown-menu mega-dropdown-menu"><div class="mega-dropdown-inner">'
                '<div class="row"><div class="col-xs-12 mega-col-nav" data-width="12">'
                f'<div class="mega-inner"><ul class="mega-nav level1">{sub}</ul></div></div></div>'
                "</div></div></li>"
            )
        else:
            items.append(
                f'<li class="{cls}" data-id="{101 + i}" data-level="1"><a href="{href}">{esc(label)}</a></li>'
            )
    return (
        '<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container">'
        '<div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu animate fading" '
        f'data-duration="400" data-responsive="true"><ul class="nav navbar-nav level0">{"".join(items)}'
        "</ul></div></div></div></nav>"
    )


def _breadcrumb(trail: list[tuple[str | None, str]]) -> str:
    out = ['<li class="active"><span class="hasTooltip"><i class="fa fa-map-marker"></i></span></li>']
    for i, (href, label) in enumerate(trail):
        last = i == len(trail) - 1
        if href and not last:
            out.append(
                f'<li><a href="{href}" class="pathway">{esc(label)}</a><span class="divider">'
                '<img src="/media/system/images/arrow.png" alt="" /></span></li>'
            )
        else:
            out.append(f'<li class="active"><span>{esc(label)}</span></li>')
    return (
        '<nav class="wrap t3-navhelper"><div class="container"><ol class="breadcrumb ">'
        + "".join(out)
        + "</ol></div></nav>"
    )


def _popular() -> str:
    ids = [315, 298, 318, 311, 305]
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{_path(BY_ID[i])}" '
        f'itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in ids
    )
    return (
        '<div class="t3-module module_menu " id="Mod93"><div class="module-inner">'
        '<h3 class="module-title "><span>Đọc nhiều</span></h3><div class="module-ct">'
        f'<ul class="mostread mod-list">{lis}</ul></div></div></div>'
    )


def _sidebar() -> str:
    weblinks = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for u, t in [
            ("http://gialai.gov.vn", "Cổng thông tin điện tử tỉnh Gia Lai"),
            ("http://baogialai.com.vn", "Báo Gia Lai điện tử"),
            ("http://hcma.vn", "Học viện Chính trị quốc gia Hồ Chí Minh"),
            ("http://tapchicongsan.org.vn", "Tạp chí Cộng sản"),
        ]
    )
    return (
        '<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-3">'
        + _popular()
        + '<div class="t3-module module " id="Mod101"><div class="module-inner">'
        '<h3 class="module-title "><span>Liên kết website</span></h3><div class="module-ct">'
        '<select class="inputbox" onchange="if(this.value) window.open(this.value);">'
        f'<option value="">-- Chọn liên kết --</option>{weblinks}</select></div></div></div>'
        '<div class="t3-module module " id="Mod110"><div class="module-inner">'
        '<h3 class="module-title "><span>Thăm dò ý kiến</span></h3><div class="module-ct">'
        '<form action="/index.php" method="post" name="poll_vote_2"><div class="poll">'
        "<p><b>Bạn biết đến các lớp học của Trường qua kênh nào?</b></p>"
        '<label><input type="radio" name="voteid" value="7" /> Cổng thông tin của Trường</label><br/>'
        '<label><input type="radio" name="voteid" value="8" /> Văn bản triệu tập</label><br/>'
        '<label><input type="radio" name="voteid" value="9" /> Đồng nghiệp giới thiệu</label><br/>'
        '<input type="submit" class="button" value="Bình chọn" />'
        '<input type="hidden" name="option" value="com_acepolls" />'
        '<input type="hidden" name="task" value="vote" /></div></form></div></div></div>'
        '<div class="t3-module module " id="Mod115"><div class="module-inner">'
        '<h3 class="module-title "><span>Thống kê truy cập</span></h3><div class="module-ct">'
        '<div id="vvisit_counter115" class="vvisit_counter"><table cellpadding="0" cellspacing="0">'
        "<tr><td><img src=\"/modules/mod_vvisit_counter/images/online.png\" alt=\"\" /></td>"
        "<td>Đang online</td><td align=\"right\">27</td></tr>"
        "<tr><td><img src=\"/modules/mod_vvisit_counter/images/today.png\" alt=\"\" /></td>"
        "<td>Hôm nay</td><td align=\"right\">418</td></tr>"
        "<tr><td><img src=\"/modules/mod_vvisit_counter/images/all.png\" alt=\"\" /></td>"
        "<td>Tổng truy cập</td><td align=\"right\">1.284.507</td></tr></table></div>"
        "</div></div></div></div>"
    )


def _page(
    request: Request,
    title: str,
    main: str,
    *,
    body_class: str,
    active: str = "",
    trail: list[tuple[str | None, str]] | None = None,
    head_extra: str = "",
    sidebar: bool = True,
) -> Response:
    base = base_url(request) + request.target
    crumbs = _breadcrumb([("/", "Trang chủ"), *trail]) if trail else ""
    side = _sidebar() if sidebar else ""
    width = "col-md-9 col-sm-8" if sidebar else "col-md-12"
    page = f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="vi-vn" dir="ltr" class="{body_class} j38 mm-hover">
<head>
<base href="{esc(base)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
{head_extra}<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/ja_teline_v/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/t3-assets/css/css-8a1f2-42117.css?t=611" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?4bd1a7c5" type="text/javascript"></script>
<script src="/media/system/js/caption.js?4bd1a7c5" type="text/javascript"></script>
<script src="/t3-assets/js/js-0b7d3-42117.js?t=611" type="text/javascript"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});
</script>
</head>
<body>
<div class="t3-wrapper">
<div id="t3-topbar" class="wrap t3-topbar"><div class="container">
<div class="topbar-left"><span class="current-date"><i class="fa fa-calendar"></i> {HEADER_DAY}</span></div>
<div class="topbar-right"><a href="https://www.facebook.com/truongchinhtrigialai" target="_blank">
<i class="fa fa-facebook"></i></a> <a href="http://mail.gialai.gov.vn" target="_blank">Thư điện tử</a></div>
</div></div>
<header id="t3-header" class="wrap t3-header"><div class="container"><div class="row">
<div class="col-xs-12 col-sm-8 logo"><div class="logo-image">
<a href="/" title="{esc(SITE)}"><img class="logo-img" src="/images/logo/logo-tct-gialai.png" alt="{esc(SITE)}" />
<span class="site-name">TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</span></a>
<small class="site-slogan">Đào tạo, bồi dưỡng cán bộ - Nghiên cứu khoa học - Phục vụ thực tiễn</small>
</div></div>
<div class="col-xs-12 col-sm-4 head-search"><div class="search">
<form action="/tim-kiem.html" method="post" class="form-inline">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query"
 type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" />
<input type="hidden" name="Itemid" value="131" /></form></div></div>
</div></div></header>
{_menu(active)}
{crumbs}
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 {width}">
<div id="system-message-container"></div>
{main}
</div>
{side}
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container">
<div class="t3-copyright"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH GIA LAI</strong></p>
<p>Địa chỉ: 02 Hùng Vương, phường Hội Thương, thành phố Pleiku, tỉnh Gia Lai</p>
<p>Điện thoại: 0269.3824.516 - Fax: 0269.3824.517 - Email: truongchinhtri@gialai.gov.vn</p>
<p>Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Gia Lai cấp.</p>
<p>Copyright © 2016 - 2026 Trường Chính trị tỉnh Gia Lai. Designed by JoomlArt - T3 Framework.</p>
</div></div></footer>
<a id="back-to-top" href="#top" class="back-to-top"><i class="fa fa-angle-up"></i></a>
</div>
</body>
</html>"""
    return html(page)


# --- article markup -----------------------------------------------------------------------


def _cloak(text: str, seed: str) -> str:
    """Joomla's email cloaking plugin: the address only exists inside a script."""
    before, after = text.split(_EMAIL)
    cid = hashlib.md5(seed.encode()).hexdigest()
    user, domain = _EMAIL.split("@")
    dparts = " + '&#46;' + ".join(f"'{p}'" for p in domain.split("."))
    script = (
        "<script type='text/javascript'>\n"
        f"\t\t\t\tdocument.getElementById('cloak{cid}').innerHTML = '';\n"
        "\t\t\t\tvar prefix = '&#109;a' + 'i&#108;' + '&#116;o';\n"
        "\t\t\t\tvar path = 'hr' + 'ef' + '=';\n"
        f"\t\t\t\tvar addy{cid} = '{user}' + '&#64;';\n"
        f"\t\t\t\taddy{cid} = addy{cid} + {dparts};\n"
        f"\t\t\t\tvar addy_text{cid} = '{user}' + '&#64;' + {dparts};"
        f"document.getElementById('cloak{cid}').innerHTML += '<a ' + path + '\\'' + prefix + ':' "
        f"+ addy{cid} + '\\'>'+addy_text{cid}+'<\\/a>';\n"
        "\t\t</script>"
    )
    return (
        f"{esc(before)}<span id=\"cloak{cid}\">Địa chỉ email này đang được bảo vệ khỏi chương "
        f"trình thư rác, bạn cần kích hoạt JavaScript để xem nó.</span>{script}{esc(after)}"
    )


def _loadposition() -> str:
    latest = sorted(STORIES, key=lambda s: s.published_at, reverse=True)[:4]
    lis = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{_path(s)}" itemprop="url">'
        f'<span itemprop="name">{esc(s.title)}</span></a></li>'
        for s in latest
    )
    return (
        '<div class="moduletable"><h3>Tin mới đăng</h3>'
        f'<ul class="latestnews mod-list">{lis}</ul></div>'
    )


def _img_tag(img: Img) -> str:
    return f'<img src="{img.src}" alt="{esc(img.caption or "")}" width="600" height="400" />'


def _blocks_html(s: Story, blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for k, p in enumerate(run):
                    tag = "th" if k == 0 else "td"
                    cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in p.text.split(" | "))
                    rows.append(f"<tr>{cells}</tr>")
                out.append(
                    '<table class="table table-bordered" style="width: 100%;" border="1" '
                    f'cellpadding="4"><tbody>{"".join(rows)}</tbody></table>'
                )
            continue
        i += 1
        if isinstance(b, P):
            if b.style == "lead":
                out.append(f"<p><strong>{esc(b.text)}</strong></p>")
            elif b.style == "h3":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.style == "cloak":
                out.append(f'<p style="text-align: justify;">{_cloak(b.text, s.slug)}</p>')
            else:
                out.append(f'<p style="text-align: justify;">{esc(b.text)}</p>')
        elif isinstance(b, Img):
            if b.style == "jcaption":
                continue
            if b.style == "table":
                out.append(
                    '<table class="tbl-anh" style="margin-left: auto; margin-right: auto;" '
                    'border="0" cellpadding="2"><tbody>'
                    f'<tr><td style="text-align: center;">{_img_tag(b)}</td></tr>'
                    f'<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
                    f"{esc(b.printed or '')}</em></span></td></tr></tbody></table>"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>')
                if b.printed:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.printed)}</em></p>')
        elif b is _MODULE_IN_TEXT:
            out.append(_loadposition())
        else:
            out.append(b.html)
    return "\n".join(out)


def _info_block(s: Story) -> str:
    o = s.opts
    by = o.get("alias") or o["by"]
    c = _catid(s)
    mod = ""
    if o.get("modified"):
        mod = (
            '<dd class="modified hasTooltip" title="Cập nhật lần cuối: "><i class="fa fa-calendar"></i>'
            f'<time datetime="{o["modified"]}" itemprop="dateModified">Cập nhật lần cuối: '
            f"{_lc2(o['modified'])}</time></dd>"
        )
    return (
        '<aside class="article-aside clearfix"><dl class="article-info muted">'
        '<dt class="article-info-term">Chi tiết</dt>'
        '<dd class="createdby hasTooltip" itemprop="author" itemscope itemtype="https://schema.org/Person" '
        f'title="Viết bởi "><i class="fa fa-user"></i><span itemprop="name">{esc(by)}</span></dd>'
        '<dd class="category-name hasTooltip" title="Danh mục: "><i class="fa fa-folder-open"></i>'
        f'<a href="{_cat_path(c)}"><span itemprop="genre">{esc(s.cat)}</span></a></dd>'
        '<dd class="create hasTooltip" title="Ngày tạo: "><i class="fa fa-calendar"></i>'
        f'<time datetime="{o["created"]}" itemprop="dateCreated">Ngày tạo: {_lc2(o["created"])}</time></dd>'
        '<dd class="published hasTooltip" title="Ngày đăng: "><i class="fa fa-calendar"></i>'
        f'<time datetime="{s.published_at}" itemprop="datePublished">Ngày đăng: {_lc2(s.published_at)}'
        f"</time></dd>{mod}"
        f'<dd class="hits"><i class="fa fa-eye"></i><meta itemprop="interactionCount" '
        f'content="UserPageVisits:{s.views()}" />Lượt xem: {s.views()}</dd>'
        "</dl></aside>"
    )


def _full_image(s: Story) -> str:
    first = s.blocks[0]
    if isinstance(first, Img) and first.style == "jcaption":
        return (
            '<div class="pull-none item-image article-image article-image-full">'
            f'<img class="caption" title="{esc(first.printed or "")}" src="{first.src}" '
            f'alt="Lớp TCLLCT-HC khóa 72" itemprop="image"/></div>'
        )
    return ""


def _article_core(s: Story, *, page: int | None, tools: bool) -> str:
    """The item-page: page = None for the whole text, 0/1 for a pagebreak page."""
    blocks = list(s.blocks)
    brk = s.opts.get("break_at")
    toc = counter = pager = ""
    if brk is not None and page is not None:
        blocks = blocks[:brk] if page == 0 else blocks[brk:]
        p = _path(s)
        links = [
            (p, s.opts["first_title"], page == 0),
            (p + "?start=1", s.opts["break_title"], page == 1),
            (p + "?showall=1", "Tất cả các trang", False),
        ]
        lis = "".join(
            f'<li><a href="{h}" class="toclink{" active" if a else ""}">{esc(t)}</a></li>'
            for h, t, a in links
        )
        toc = (
            '<div class="pull-right article-index"><h3>Mục lục bài viết</h3>'
            f'<ul class="nav nav-tabs nav-stacked">{lis}</ul></div>'
        )
        counter = f'<div class="pagenavcounter">Trang {page + 1} / 2</div>'
        prev = (f'<li class="previous"><a href="{p}">&lt; Trước</a></li>' if page == 1
                else '<li class="previous disabled"><span>&lt; Trước</span></li>')
        nxt = (f'<li class="next"><a href="{p}?start=1">Tiếp &gt;</a></li>' if page == 0
               else '<li class="next disabled"><span>Tiếp &gt;</span></li>')
        pager = f'<div class="pager"><ul>{prev}{nxt}</ul></div>'
    elif brk is not None and page is None:
        # showall: Joomla replaces the pagebreak with <br />
        blocks = [*blocks[:brk], Raw("<br />"), *blocks[brk:]]
    icons = ""
    if tools:
        icons = (
            '<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" '
            'href="#"><span class="icon-cog"></span><span class="caret"></span></a>'
            '<ul class="dropdown-menu"><li class="print-icon">'
            f'<a href="{esc(_print_path(s))}" title="In bài viết &lt; {esc(s.title)} &gt;" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,"
            "titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no');"
            ' return false;" rel="nofollow"><span class="icon-print"></span>In</a></li></ul></div>'
        )
    return (
        '<div class="item-page clearfix"><article class="article" itemscope '
        'itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
        f'<meta itemprop="url" content="{_path(s)}" />'
        f'{icons}<header class="article-header clearfix"><h1 class="article-title" itemprop="headline">'
        f'<a href="{_path(s)}" itemprop="url" title="{esc(s.title)}">{esc(s.title)}</a></h1></header>'
        f"{_info_block(s)}{_full_image(s)}{toc}{counter}"
        '<section class="article-content clearfix" itemprop="articleBody">\n'
        f"{_blocks_html(s, blocks)}\n</section>{pager}"
        "</article></div>"
    )


def _below_article(s: Story) -> str:
    same = _in_cat(_catid(s))
    out = ""
    rel = _related(s)
    if rel:
        lis = "".join(
            f'<li><a href="{_component_path(r)}">{esc(r.title)}</a> '
            f'<span class="mod-articles-category-date">({_dmy(r.published_at)})</span></li>'
            for r in rel
        )
        out += (
            '<div class="moduletable related-items"><h3 class="module-title"><span>Tin liên quan</span>'
            f'</h3><ul class="relateditems mod-list">{lis}</ul></div>'
        )
    others = [o for o in same if o.id != s.id][:3]
    if others:
        lis = "".join(
            f'<li><a class="mod-articles-category-title" href="{_path(o)}">{esc(o.title)}</a>'
            f' <span class="mod-articles-category-date">({_dmy(o.published_at)})</span></li>'
            for o in others
        )
        out += (
            '<div class="moduletable other-items"><h3 class="module-title"><span>Các tin cùng '
            f'chuyên mục</span></h3><ul class="category-module mod-list">{lis}</ul></div>'
        )
    return out


def _head_meta(s: Story) -> str:
    plain = next(b.text for b in s.blocks if isinstance(b, P))
    desc = plain[:157] + "..." if len(plain) > 160 else plain
    return (
        f'<meta name="keywords" content="Trường Chính trị Gia Lai, {esc(s.cat)}" />\n'
        f'<meta name="author" content="{esc(s.opts.get("alias") or s.opts["by"])}" />\n'
        f'<meta name="description" content="{esc(desc)}" />\n'
    )


def _article_page(request: Request, s: Story, *, page: int | None, component_url: bool) -> Response:
    title = s.title
    if page == 1:
        title = f"{s.title} - {s.opts['break_title']}"
    c = _catid(s)
    trail = [("/tin-tuc-su-kien.html", "Tin tức - Sự kiện"), (_cat_path(c), s.cat), (None, s.title)]
    if component_url:
        trail = [(_cat_path(c), s.cat), (None, s.title)]
    main = (
        '<div class="page-header"><h1> Tin tức - Sự kiện </h1></div>'
        + _article_core(s, page=page, tools=True)
        + _below_article(s)
    )
    return _page(
        request, f"{title} - {SITE}", main, body_class="com_content view-article itemid-112",
        active="/tin-tuc-su-kien.html", trail=trail, head_extra=_head_meta(s),
    )


def _bare_page(request: Request, s: Story, *, printing: bool) -> Response:
    """tmpl=component: the component alone (JA popup, print view)."""
    pr = ""
    if printing:
        pr = (
            '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();'
            'return false;"><span class="icon-print"></span>In</a></div>'
        )
    body = _article_core(s, page=None if printing else (0 if s.opts.get("break_at") else None),
                         tools=False)
    page = (
        '<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head>'
        f'<base href="{esc(base_url(request) + request.target)}" />'
        '<meta http-equiv="content-type" content="text/html; charset=utf-8" />'
        f"{_head_meta(s)}<title>{esc(s.title)} - {esc(SITE)}</title>"
        '<link href="/templates/ja_teline_v/css/component.css" rel="stylesheet" /></head>'
        f'<body class="contentpane modal"><div id="system-message-container"></div>{pr}{body}</body></html>'
    )
    return html(page)


# --- listings ------------------------------------------------------------------------------


def _thumb(s: Story) -> str:
    return f"/images/tin-tuc/thumbs/{s.id}-thumb.jpg"


def _intro_html(s: Story) -> str:
    n = s.opts.get("intro_n", 1)
    ps = [b for b in s.blocks if isinstance(b, P)][:n]
    return _blocks_html(s, ps)


def _list_item(s: Story, *, full_intro: bool, heading: str = "h2") -> str:
    intro = _intro_html(s) if full_intro else f"<p>{esc(next(b.text for b in s.blocks if isinstance(b, P))[:180])}…</p>"
    return (
        '<article class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<div class="pull-left item-image"><a href="{_path(s)}"><img src="{_thumb(s)}" '
        f'alt="{esc(s.title)}" itemprop="thumbnailUrl"/></a></div>'
        f'<header class="article-header clearfix"><{heading} class="article-title" itemprop="name">'
        f'<a href="{_path(s)}" itemprop="url">{esc(s.title)}</a></{heading}></header>'
        '<aside class="article-aside clearfix"><dl class="article-info muted"><dd class="published">'
        f'<i class="fa fa-calendar"></i><time datetime="{s.published_at}" itemprop="datePublished">'
        f"{_lc2(s.published_at)}</time></dd></dl></aside>"
        f'<section class="article-intro clearfix" itemprop="articleBody">{intro}</section>'
        f'<section class="readmore"><a class="btn btn-default" href="{_path(s)}" itemprop="url">'
        f"<span>Đọc thêm: {esc(s.title[:48])}...</span></a></section></article>"
    )


def _category_page(request: Request, catid: int, start: int) -> Response | None:
    items = _in_cat(catid)
    if start < 0 or start % PER_PAGE or (start and start >= len(items)):
        return None
    chunk = items[start : start + PER_PAGE]
    lead, intros, links = chunk[:1], chunk[1:3], chunk[3:]
    title = CATS[catid][1]
    parts = [
        f'<div class="blog magazine-category" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="page-header"><h1><span class="subheading-category">{esc(title)}</span></h1></div>'
    ]
    if lead:
        parts.append(
            '<div class="items-leading clearfix"><div class="leading leading-0 clearfix">'
            f"{_list_item(lead[0], full_intro=True)}</div></div>"
        )
    if intros:
        cols = "".join(
            f'<div class="col-sm-6 item column-{k + 1}">{_list_item(s, full_intro=False, heading="h3")}</div>'
            for k, s in enumerate(intros)
        )
        parts.append(f'<div class="items-row cols-2 row-0 row clearfix">{cols}</div>')
    if links:
        lis = "".join(f'<li><a href="{_path(s)}">{esc(s.title)}</a></li>' for s in links)
        parts.append(
            f'<div class="items-more"><h3>Bài viết khác</h3><ol class="nav nav-tabs nav-stacked">{lis}</ol></div>'
        )
    pages = (len(items) + PER_PAGE - 1) // PER_PAGE
    if pages > 1:
        cur = start // PER_PAGE
        lis = []

        def li(label: str, target: int | None, active: bool = False) -> str:
            if target is None:
                return f'<li class="disabled"><a>{label}</a></li>'
            if active:
                return f'<li class="active"><a>{label}</a></li>'
            return (f'<li><a title="{label}" href="{_cat_path(catid, target * PER_PAGE)}" '
                    f'class="pagenav">{label}</a></li>')

        lis.append(li("Đầu", 0 if cur else None))
        lis.append(li("Trước", cur - 1 if cur else None))
        for n in range(pages):
            lis.append(li(str(n + 1), n, active=n == cur))
        lis.append(li("Tiếp", cur + 1 if cur < pages - 1 else None))
        lis.append(li("Cuối", pages - 1 if cur < pages - 1 else None))
        parts.append(
            f'<div class="pagination-wrap"><div class="counter">Trang {cur + 1} / {pages}</div>'
            f'<ul class="pagination">{"".join(lis)}</ul></div>'
        )
    parts.append("</div>")
    trail = [("/tin-tuc-su-kien.html", "Tin tức - Sự kiện"), (None, title)]
    return _page(
        request, f"{title} - {SITE}", "".join(parts), body_class=f"com_content view-category layout-blog itemid-11{catid}",
        active="/tin-tuc-su-kien.html", trail=trail,
        head_extra=f'<meta name="description" content="{esc(title)} - {esc(SITE)}" />\n',
    )


def _categories_page(request: Request) -> Response:
    lis = "".join(
        f'<div class="first"><h3 class="page-header item-title"><a href="{_cat_path(c)}">{esc(t)}</a>'
        f' <span class="badge badge-info tip hasTooltip" title="Số bài viết">{len(_in_cat(c))}</span></h3></div>'
        for c, (_, t) in CATS.items()
    )
    main = (
        '<div class="categories-list"><div class="page-header"><h1>Tin tức - Sự kiện</h1></div>'
        f"{lis}</div>"
    )
    return _page(request, f"Tin tức - Sự kiện - {SITE}", main,
                 body_class="com_content view-categories itemid-112", active="/tin-tuc-su-kien.html",
                 trail=[(None, "Tin tức - Sự kiện")])


def _home(request: Request) -> Response:
    lead = BY_ID[318]
    subs = [BY_ID[317], BY_ID[315]]
    featured = (
        '<div class="magazine-featured"><div class="magazine-featured-leading magazine-featured-item">'
        f'<div class="magazine-item-media"><a href="{_path(lead)}"><img src="/images/tin-tuc/thumbs/318-lead.jpg" '
        f'alt="{esc(lead.title)}" /></a></div><div class="magazine-item-main">'
        f'<h2 class="magazine-item-title"><a href="{_path(lead)}">{esc(lead.title)}</a></h2>'
        f'<div class="magazine-item-meta"><time datetime="{lead.published_at}">{_dmy(lead.published_at)}</time></div>'
        f'<div class="magazine-item-ct">{_intro_html(lead)}</div>'
        f'<a class="readmore" href="{_path(lead)}">Xem tiếp</a></div></div>'
        '<div class="magazine-featured-intro row">'
        + "".join(
            f'<div class="col-sm-6 magazine-featured-item"><a href="{_path(s)}"><img src="{_thumb(s)}" '
            f'alt="{esc(s.title)}" /></a><h3 class="magazine-item-title"><a href="{_path(s)}">{esc(s.title)}</a>'
            f"</h3></div>"
            for s in subs
        )
        + "</div></div>"
    )
    blocks = []
    for c, (_, t) in CATS.items():
        items = _in_cat(c)[:3]
        first, rest = items[0], items[1:]
        rest_html = "".join(
            f'<li><a href="{_path(s)}">{esc(s.title)}</a> <span class="date">({_dmy(s.published_at)})</span></li>'
            for s in rest
        )
        blocks.append(
            '<div class="col-sm-6 magazine-category"><div class="magazine-section-heading">'
            f'<h4><a href="{_cat_path(c)}">{esc(t)}</a></h4></div><div class="magazine-section-content">'
            f'<div class="magazine-item lead"><a href="{_path(first)}"><img src="{_thumb(first)}" alt="" /></a>'
            f'<h3><a href="{_path(first)}">{esc(first.title)}</a></h3></div>'
            f'<ul class="magazine-links">{rest_html}</ul></div></div>'
        )
    popups = "".join(
        f'<div class="ja-cp-item"><a class="ja-popup" href="{esc(_popup_path(s))}" '
        f'data-popup-type="ajax"><img src="{_thumb(s)}" alt="{esc(s.title)}" />'
        f'<span class="ja-cp-title">{esc(s.title)}</span></a></div>'
        for s in STORIES if s.opts.get("popup")
    )
    old = BY_ID[312]
    tieu_diem = (
        '<div class="t3-module module-tieudiem"><h3 class="module-title"><span>Tin tiêu điểm</span></h3>'
        f'<ul class="mod-articles-news"><li><a href="{_path(old, old.opts["old_alias"])}">{esc(old.title)}</a></li>'
        f'<li><a href="{_path(BY_ID[311])}">{esc(BY_ID[311].title)}</a></li></ul></div>'
    )
    main = (
        featured
        + tieu_diem
        + f'<div class="magazine-sections row">{"".join(blocks)}</div>'
        + '<div class="t3-module ja-content-popup"><h3 class="module-title"><span>Hình ảnh hoạt động</span>'
        + f'</h3><div class="ja-cp-grid">{popups}</div></div>'
    )
    return _page(request, f"Trang chủ - {SITE}", main, body_class="com_content view-featured itemid-101",
                 active="/", head_extra=f'<meta name="description" content="{esc(SITE)}" />\n')


# --- non-article pages ---------------------------------------------------------------------

_INFO_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu chung",
        [
            "Trường Chính trị tỉnh Gia Lai là đơn vị sự nghiệp trực thuộc Tỉnh ủy và UBND tỉnh, "
            "có chức năng tham mưu cho Tỉnh ủy về công tác đào tạo, bồi dưỡng cán bộ.",
            "Trường được thành lập năm 1991 trên cơ sở hợp nhất Trường Đảng tỉnh và Trường Hành "
            "chính tỉnh; năm 2021 được công nhận đạt chuẩn mức 1.",
        ],
        "2018-03-12T09:00:00+07:00",
    ),
    "/chuc-nang-nhiem-vu.html": (
        "Chức năng, nhiệm vụ",
        [
            "Trường Chính trị tỉnh Gia Lai đào tạo trung cấp lý luận chính trị - hành chính; bồi "
            "dưỡng cán bộ lãnh đạo, quản lý cấp cơ sở, cán bộ, công chức, viên chức.",
            "Nghiên cứu khoa học về lý luận chính trị, tổng kết thực tiễn ở địa phương.",
        ],
        "2018-03-12T09:10:00+07:00",
    ),
    "/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa học.",
            "Các khoa: Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và pháp luật; Khoa "
            "Dân vận.",
        ],
        "2019-07-01T08:00:00+07:00",
    ),
}

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/chuc-nang-nhiem-vu.html",
    "/co-cau-to-chuc.html",
    "/lien-he.html",
    "/thu-vien-anh.html",
    "/van-ban-tai-lieu.html",
]


def _info_page(request: Request, path: str) -> Response:
    title, paras, date = _INFO_PAGES[path]
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    main = (
        '<div class="item-page clearfix"><article class="article" itemscope itemtype="https://schema.org/Article">'
        f'<header class="article-header clearfix"><h1 class="article-title" itemprop="headline">{esc(title)}</h1></header>'
        '<aside class="article-aside clearfix"><dl class="article-info muted">'
        f'<dd class="published"><time datetime="{date}" itemprop="datePublished">Ngày đăng: {_lc2(date)}</time></dd>'
        '<dd class="hits">Lượt xem: 5832</dd></dl></aside>'
        f'<section class="article-content clearfix" itemprop="articleBody">{body}</section></article></div>'
    )
    return _page(request, f"{title} - {SITE}", main, body_class="com_content view-article itemid-102",
                 active="/gioi-thieu.html", trail=[(None, title)])


def _contact(request: Request) -> Response:
    main = (
        '<div class="contact" itemscope itemtype="https://schema.org/Person"><div class="page-header">'
        '<h1><span class="contact-name" itemprop="name">Trường Chính trị tỉnh Gia Lai</span></h1></div>'
        '<dl class="contact-address dl-horizontal" itemprop="address">'
        "<dt>Địa chỉ:</dt><dd>02 Hùng Vương, thành phố Pleiku, tỉnh Gia Lai</dd>"
        "<dt>Điện thoại:</dt><dd>0269.3824.516</dd></dl>"
        '<form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal">'
        '<fieldset><legend>Gửi email</legend><input type="text" name="jform[contact_name]" />'
        '<input type="email" name="jform[contact_email]" /><textarea name="jform[contact_message]"></textarea>'
        '<button class="btn btn-primary validate" type="submit">Gửi Email</button></fieldset></form></div>'
    )
    return _page(request, f"Liên hệ - {SITE}", main, body_class="com_contact view-contact",
                 active="/lien-he.html", trail=[(None, "Liên hệ")])


def _gallery(request: Request) -> Response:
    imgs = "".join(
        f'<li class="pg-item"><a href="/images/thu-vien-anh/2026/anh-{k}.jpg" class="pg-pic" rel="lightbox">'
        f'<img src="/images/thu-vien-anh/2026/thumbs/anh-{k}.jpg" alt="Hoạt động Nhà trường {k}" /></a></li>'
        for k in range(1, 9)
    )
    main = (
        '<div class="page-header"><h1>Thư viện ảnh</h1></div><div class="phocagallery">'
        f'<h2>Hoạt động Nhà trường năm 2026</h2><ul class="pg-list">{imgs}</ul></div>'
    )
    return _page(request, f"Thư viện ảnh - {SITE}", main, body_class="com_phocagallery view-category",
                 active="/thu-vien-anh.html", trail=[(None, "Thư viện ảnh")])


def _documents(request: Request) -> Response:
    docs = [
        ("Kế hoạch đào tạo, bồi dưỡng năm 2027", "ke-hoach-dao-tao-2027.pdf", "20/11/2026"),
        ("Quy chế đào tạo trung cấp lý luận chính trị - hành chính", "quy-che-dao-tao.pdf", "05/09/2026"),
        ("Lịch giảng dạy tháng 12/2026", "lich-giang-day-t12-2026.pdf", "28/11/2026"),
    ]
    rows = "".join(
        f"<tr><td>{k + 1}</td><td>{esc(t)}</td><td>{d}</td>"
        f'<td><a href="/images/van-ban/{f}" target="_blank">Tải về</a></td></tr>'
        for k, (t, f, d) in enumerate(docs)
    )
    main = (
        '<div class="page-header"><h1>Văn bản - Tài liệu</h1></div>'
        '<table class="table table-striped"><thead><tr><th>STT</th><th>Trích yếu</th><th>Ngày ban hành</th>'
        f"<th>Tệp</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return _page(request, f"Văn bản - Tài liệu - {SITE}", main, body_class="com_content view-category",
                 active="/van-ban-tai-lieu.html", trail=[(None, "Văn bản - Tài liệu")])


# --- routing ---------------------------------------------------------------------------------

_ART = re.compile(r"^/tin-tuc-su-kien/(\d+)-([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html$")
_COMP = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html$")
_CAT = re.compile(r"^/tin-tuc-su-kien/(\d+)-([a-z0-9-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith(("/images/", "/media/", "/templates/", "/t3-assets/", "/modules/")):
            if path.endswith(".pdf"):
                from tests.portals._common import PDF

                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/" and not params:
            return _home(request)
        if path == "/tin-tuc-su-kien.html" and not params:
            return _categories_page(request)
        if path in _INFO_PAGES and not params:
            return _info_page(request, path)
        if path == "/lien-he.html" and not params:
            return _contact(request)
        if path == "/thu-vien-anh.html" and not params:
            return _gallery(request)
        if path == "/van-ban-tai-lieu.html" and not params:
            return _documents(request)
        if path == "/tim-kiem.html":
            main = '<div class="page-header"><h1>Tìm kiếm</h1></div><p>Nhập từ khóa để tìm kiếm.</p>'
            return _page(request, f"Tìm kiếm - {SITE}", main, body_class="com_search",
                         trail=[(None, "Tìm kiếm")])
        m = _CAT.match(path)
        if m:
            catid = int(m.group(1))
            if catid not in CATS or m.group(2) != CATS[catid][0] or set(params) - {"start"}:
                return None
            try:
                start = int(params.get("start", "0"))
            except ValueError:
                return None
            return _category_page(request, catid, start)
        m = _ART.match(path)
        comp = False
        if not m:
            m = _COMP.match(path)
            comp = bool(m)
        if not m:
            return None
        s = BY_ID.get(int(m.group(3)))
        if s is None or int(m.group(1)) != _catid(s):
            return None
        paged = 0 if s.opts.get("break_at") is not None else None
        if comp:
            if params != {"Itemid": "101"}:
                return None
            return _article_page(request, s, page=paged, component_url=True)
        if not params:
            return _article_page(request, s, page=paged, component_url=False)
        if params == {"tmpl": "component"}:
            return _bare_page(request, s, printing=False)
        if params == {"tmpl": "component", "print": "1", "layout": "default"}:
            return _bare_page(request, s, printing=True)
        if s.opts.get("break_at") is not None:
            if params == {"start": "1"}:
                return _article_page(request, s, page=1, component_url=False)
            if params == {"showall": "1"}:
                return _article_page(request, s, page=None, component_url=False)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [_print_path(s)]
    if any(s in _related(o) for o in STORIES):
        alts.append(_component_path(s))
    if s.opts.get("popup"):
        alts.append(_popup_path(s))
    if s.opts.get("old_alias"):
        alts.append(_path(s, s.opts["old_alias"]))
    if s.opts.get("break_at") is not None:
        alts += [_path(s) + "?start=1", _path(s) + "?showall=1"]
    return alts


GOLD = [gold_record(s, _path(s), s.cat, alt_paths=_alt_paths(s)) for s in STORIES]
