"""Phòng GD&ĐT huyện Krông Pắc (Đắk Lắk) on Joomla 3.10 with a JoomlaShine "jsn_epic"-like
template: posts in Vietnamese *and* in Ê Đê (Rade), the language of many pupils of the district.

Platform
--------
Joomla 3 with "Search Engine Friendly URLs" on and "Use URL rewriting" off, so every page lives
under ``/index.php/…``. The template wraps Joomla's own com_content markup in ``jsn-…`` blocks
(``#jsn-header``, ``#jsn-mainbody``, ``#jsn-leftsidecontent``, ``#jsn-footer``). An article::

    <div class="item-page" itemscope itemtype="https://schema.org/Article">
      <div class="page-header"><h2 itemprop="headline">Title</h2></div>
      <div class="icons"> print / email dropdown </div>
      <dl class="article-info muted">
        <dt class="article-info-term">Chi tiết</dt>
        <dd class="createdby">Viết bởi <span itemprop="name">Quản trị</span></dd>
        <dd class="category-name">Danh mục: <a>Giáo dục dân tộc</a></dd>
        <dd class="published"><time datetime="…">Được đăng ngày Thứ tư, 18 Tháng 11 2026 08:30</time></dd>
        <dd class="modified">Cập nhật mới nhất Thứ năm, …</dd>   (some posts)
        <dd class="hits">Lượt xem: 123</dd>
      </dl>
      <div class="pull-left item-image"><img class="caption" title="…"></div>  (full-text image, some)
      <div itemprop="articleBody"> TinyMCE HTML </div>
    </div>
    then the "Bài viết liên quan" module (mod_related_items) under the component.

The Joomla 3 Vietnamese language pack prints ``DATE_FORMAT_LC2`` as "Thứ tư, 18 Tháng 11 2026 08:30"
(weekday in lower case after "Thứ"). Images go through the SEF plugin: ``src="/images/…"``.
Captions are Joomla's caption behaviour: ``<img class="caption" title="…">``, the title drawn under
the photo by ``JCaption`` (media/system/js/caption.js).

URL scheme
----------
- ``/`` and ``/index.php``: the home menu item, a *featured* blog (6 per page,
  ``/index.php?start=6``); only featured posts are there.
- ``/index.php/<menu>``: a category blog (6 per page, ``?start=6``, ``?start=12``; ``?start=0`` is page 1)
  with the pager "Đầu Trước 1 2 Sau Cuối" and "Trang 1 / 2". Menus: ``tin-tuc``,
  ``giao-duc-dan-toc``, ``hoat-dong-chuyen-mon``, ``thong-bao``.
- ``/index.php/<menu>/<id>-<alias>``: an article;
  ``/index.php/<menu>/<id>-<alias>?tmpl=component&print=1``: its print view (component template,
  no chrome; the same article).
- ``/index.php/gioi-thieu``: a "Single Article" menu item, the office's introduction: the same
  ``item-page`` template with article-info hidden (no date, no author, no hits).
- ``/index.php/lien-he``: com_contact (address, phone, a POST form).
- ``/index.php/van-ban``: Phoca Download, a table of files; ``?download=<id>:<alias>`` gives a PDF.
- ``/index.php/tim-kiem?searchword=…&searchphrase=all``: com_search results (the sidebar links one
  search "song ngữ"; the header's search box is a GET form to the same place).
- ``/index.php/component/mailto/?tmpl=component&template=jsn_epic&link=<hash>``: the email form of
  the article tools.

How each gold article is reached
--------------------------------
- Featured posts (9): home pages 1-2 (6 + 3), their category blog, the "Tin mới" / "Đọc nhiều" modules.
- Not featured (5): only their category blog (``tin-tuc``, ``hoat-dong-chuyen-mon``,
  ``thong-bao``, ``giao-duc-dan-toc``); the oldest post of "Giáo dục dân tộc" (id 318) is listed
  only on ``/index.php/giao-duc-dan-toc?start=6``. The site turns the article prev/next navigation
  off; the related list shows the three newest other posts of the category.

Traps
-----
- Bilingual posts: the Vietnamese text then a sub-heading "Bản tiếng Ê Đê" and the same text in Ê
  Đê, or each Vietnamese paragraph followed by its Ê Đê paragraph (``<p lang="rad"><em>``). All of
  it is the post's body, both languages.
- The poem post is mostly Ê Đê (verse lines separated by ``<br />``, one paragraph each), with a
  two-sentence Vietnamese intro and a Vietnamese translation after: an article, not a foreign page.
- Titles with Ê Đê words in quotes (“Hđeh mnei hriăm ƀuôn sang”, “Klei yăl dưn”).
- One post has an English "Abstract: …" paragraph: body as printed.
- Print view ``?tmpl=component&print=1`` of every article (alt path); the email link is a form.
- "Viết bởi Quản trị" is the CMS account: nobody. "Viết bởi Nguyễn Thị Thu Hà" (no byline) is a person.
- "Cập nhật mới nhất …" (modified date) on some posts: not the publication date; the header prints
  today ("Thứ Sáu, 04/12/2026").
- "Giới thiệu" is the article template without date: a static page.
- Blog pages print each post's intro text and "Đọc thêm: …": listings, not articles.

Gold decisions
--------------
- title: the ``h2[itemprop=headline]``; published_at: "Được đăng ngày …" with its time.
- authors: closing byline ("H'Nguyên Niê - Trường TH Ea Kly" -> H'Nguyên Niê; bare right-aligned
  "Y Bhim Mlô"; "Phòng GD&ĐT" and "Tổ Văn phòng" as printed; "Tin: X; Ảnh: Y"; "Tin, ảnh: X"),
  else the "Viết bởi" name unless it is "Quản trị". Degrees ("ThS.") dropped.
- source: "Nguồn: Sở GD&ĐT Đắk Lắk", "Theo Báo Đắk Lắk".
- summary: the bold lead paragraph where there is one.
- images: the full-text image first (when there is one), then photos of the text; caption = the
  ``title`` of ``img.caption``, the figcaption, the italic or centred line under the photo.
- category: the "Danh mục" link (= breadcrumb's last section).
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "ethnic_bilingual_pgd"
PLATFORM = "Joomla 3.10 (SEF URLs without rewrite, /index.php/…) + jsn_epic-like template"
START_PATH = "/"

SITE_TITLE = "Phòng Giáo dục và Đào tạo huyện Krông Pắc"
HEADER_DATE = "Thứ Sáu, 04/12/2026"
PER_PAGE = 6

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "giao-duc-dan-toc": "Giáo dục dân tộc",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}
CAT_IDS = {"tin-tuc": 8, "giao-duc-dan-toc": 9, "hoat-dong-chuyen-mon": 10, "thong-bao": 11}
ITEMIDS = {"tin-tuc": 102, "giao-duc-dan-toc": 103, "hoat-dong-chuyen-mon": 104, "thong-bao": 105}

SEARCH_WORD = "song ngữ"
SEARCH_PATH = f"/index.php/tim-kiem?searchword={quote(SEARCH_WORD)}&searchphrase=all"


def img(folder: str, name: str) -> str:
    return f"/images/tin-tuc/2026/{folder}/{name}"


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


# --- the posts -------------------------------------------------------------------------------
#
# opts: id, alias, time ("HH:MM"), user (created_by name), featured, modified (printed
# "Cập nhật mới nhất" date-time). P styles: "lead" (bold sapo), "h3", "li", "th"/"td" (table rows),
# "rad" (an Ê Đê paragraph beside its Vietnamese one: <p lang="rad"><em>), "l1"/"l" (verse: "l1"
# opens a stanza <p>, "l" continues it after <br />). Img styles: "item" (full-text image,
# img.caption title), "jcap" (img.caption in the text), "fig" (figure/figcaption), "em" (italic
# centred line under it), "center" (plain centred line), "none".

DROWN = [
    "Trước tình trạng đuối nước ở trẻ em thường xảy ra vào mùa mưa, Trường TH Ea Kly đã phối hợp "
    "với Đoàn xã Ea Kly tổ chức buổi tuyên truyền phòng, chống đuối nước cho hơn 400 học sinh và "
    "phụ huynh.",
    "Tại buổi tuyên truyền, các em được hướng dẫn nhận biết những nơi nguy hiểm như ao hồ, sông "
    "suối, hố nước sâu ở rẫy cà phê; cách kêu cứu và cách giúp bạn khi gặp nạn mà không tự nhảy "
    "xuống nước.",
    "Để phụ huynh người Ê Đê dễ tiếp nhận, nhà trường biên soạn tài liệu song ngữ Việt - Ê Đê và "
    "nhờ già làng, trưởng buôn đọc tại các buổi sinh hoạt buôn.",
    "Nhà trường đề nghị cha mẹ học sinh không để trẻ đi tắm sông, suối một mình; khi phát hiện trẻ "
    "bị đuối nước cần gọi người lớn và đưa ngay đến trạm y tế gần nhất.",
]
DROWN_RAD = [
    "Ti yan hjan, hđeh điêt lĕ hlăm êa lu. Sang hră Ea Kly mbĭt hŏng Đoàn xã Ea Kly mtô klei "
    "kriê pioh hđeh amâo lĕ hlăm êa kơ 400 čô hđeh hriăm hră leh anăn ama amĭ.",
    "Hđeh hriăm thâo kơ anôk êa jhat msĕ si ênao, êa krông, êa hnoh, ƀăng êa dlăm ti hma kphê; "
    "thâo ur kơ mnuih prŏng, amâo lŏ kdâo hlăm êa čiăng đru găp.",
    "Čiăng kơ ama amĭ mnuih Ê Đê thâo săng, sang hră čih hdruôm hră hŏng klei Yuăn leh anăn klei "
    "Ê Đê, khua ƀuôn dlăng kơ ƀuôn sang hlăm hruê bi kƀĭn.",
    "Sang hră akâo kơ ama amĭ amâo brei hđeh nao mnei êa krông, êa hnoh knŏng hjăn; tơdah ƀuh "
    "hđeh lĕ hlăm êa, iêu mnuih prŏng leh anăn ba nao kơ sang êa drao giăm hĭn.",
]

POEM_RAD = [
    ["Hđeh mnei hriăm ƀuôn sang,", "Aguah hruê mguah nao sang hră,", "Ama amĭ dôk ti hma,",
     "Hđeh mnei hriăm čih hră mrâo."],
    ["Nai mtô klei jăk klei siam,", "Êa Krông Pắc đoh ti anăp,", "Ayŏng adei hriăm mbĭt,",
     "Klei hriăm jing klei mơak."],
    ["Ñu čiăng nao hriăm hră,", "Čih anăn ƀuôn sang ñu,", "Thâo hluh kơ kmrơ̆ng, êa hnoh,",
     "Hđeh mnei hriăm ƀuôn sang."],
]
POEM_VI = [
    ["Em bé học ở buôn làng,", "Sáng sớm mỗi ngày đến trường,", "Cha mẹ ở ngoài nương rẫy,",
     "Em bé học viết chữ mới."],
    ["Thầy cô dạy điều hay lẽ phải,", "Sông Krông Pắc chảy trước mặt,", "Anh chị em cùng học,",
     "Việc học là niềm vui."],
    ["Em muốn được đi học chữ,", "Viết tên buôn làng của mình,", "Hiểu biết về rừng núi, sông suối,",
     "Em bé học ở buôn làng."],
]


def verse(stanzas: list[list[str]]) -> list[P]:
    return [P(line, "l1" if i == 0 else "l") for stanza in stanzas for i, line in enumerate(stanza)]


STORIES: list[Story] = [
    Story(
        345, "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-bac-thcs",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 bậc THCS",
        "thong-bao", "2026-12-03T14:10:00+07:00",
        [
            P("Căn cứ Kế hoạch thời gian năm học 2026-2027 của UBND tỉnh Đắk Lắk, Phòng GD&ĐT huyện "
              "Krông Pắc thông báo lịch kiểm tra cuối học kỳ I các môn do Phòng ra đề đối với bậc THCS "
              "như sau:"),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
            P("22/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
            P("22/12/2026 | Chiều | Tiếng Anh | 60 phút", "td"),
            P("23/12/2026 | Sáng | Toán | 90 phút", "td"),
            P("23/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "td"),
            P("Các môn còn lại do các trường tự ra đề và tổ chức kiểm tra trong tuần từ 14 đến 19/12/2026."),
            P("Hiệu trưởng các trường nhận đề tại Phòng GD&ĐT (qua Tổ Văn phòng) lúc 6 giờ 30 sáng ngày "
              "kiểm tra; báo cáo kết quả trước ngày 05/01/2027."),
            right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"user": "Quản trị", "featured": True},
    ),
    Story(
        341, "song-ngu-tuyen-truyen-phong-chong-duoi-nuoc-cho-hoc-sinh-vung-dong-bao-e-de",
        "Song ngữ Việt - Ê Đê: tuyên truyền phòng, chống đuối nước cho học sinh vùng đồng bào",
        "giao-duc-dan-toc", "2026-12-02T09:15:00+07:00",
        [
            P(DROWN[0]),
            Img(img("12", "duoi-nuoc-ea-kly.jpg"), "Học sinh Trường TH Ea Kly thực hành kêu cứu đúng cách",
                "Học sinh Trường TH Ea Kly thực hành kêu cứu đúng cách", "fig"),
            *[P(t) for t in DROWN[1:]],
            P("Bản tiếng Ê Đê", "h3"),
            *[P(t) for t in DROWN_RAD],
            right("H'Nguyên Niê - Trường TH Ea Kly"),
        ],
        authors=["H'Nguyên Niê"],
        opts={"user": "Quản trị", "featured": True},
    ),
    Story(
        338, "bai-tho-hdeh-mnei-hriam-buon-sang-tang-hoc-sinh-lop-mot",
        "Bài thơ “Hđeh mnei hriăm ƀuôn sang” tặng học sinh lớp Một",
        "giao-duc-dan-toc", "2026-11-27T15:40:00+07:00",
        [
            P("Nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11, thầy Y Bhim Mlô, giáo viên Trường TH Ea "
              "Kly, đã sáng tác bài thơ bằng tiếng Ê Đê tặng các em học sinh lớp Một. Chúng tôi xin "
              "giới thiệu bài thơ cùng bản dịch tiếng Việt của tác giả."),
            P("HĐEH MNEI HRIĂM ɃUÔN SANG", "h3"),
            P("Klei hdơr kơ jih jang hđeh mnei hlăm ƀuôn sang Krông Pắc mrâo nao hriăm hră thŭn aê."),
            *verse(POEM_RAD),
            P("Bản dịch tiếng Việt", "h3"),
            *verse(POEM_VI),
            Raw('<p style="text-align: right;">Y Bhim Mlô</p>'),
        ],
        authors=["Y Bhim Mlô"],
        opts={"user": "Quản trị", "featured": True},
    ),
    Story(
        339, "day-hoc-tieng-viet-lop-1-cho-hoc-sinh-dan-toc-thieu-so-theo-huong-tiep-can-song-ngu",
        "Chuyên đề: Dạy học Tiếng Việt lớp 1 cho học sinh dân tộc thiểu số theo hướng tiếp cận song ngữ",
        "hoat-dong-chuyen-mon", "2026-11-26T07:45:00+07:00",
        [
            P("Ngày 24/11/2026, tại Trường TH Lê Lợi (xã Ea Kênh), Phòng GD&ĐT tổ chức chuyên đề cấp "
              "huyện về dạy học Tiếng Việt lớp 1 cho học sinh dân tộc thiểu số với sự tham dự của 86 "
              "cán bộ quản lý, giáo viên lớp 1 các trường tiểu học vùng có đông học sinh Ê Đê."),
            P("Tóm tắt báo cáo chuyên đề", "h3"),
            P("Báo cáo trình bày kết quả áp dụng mô hình dùng tiếng mẹ đẻ làm cầu nối trong 10 tuần đầu "
              "lớp 1 tại 6 trường tiểu học: học sinh được làm quen với âm, vần tiếng Việt qua những từ "
              "quen thuộc trong tiếng Ê Đê, có tranh minh họa và trò chơi."),
            P("Abstract: This report presents the results of a mother-tongue bridging model applied in "
              "the first ten weeks of Grade 1 at six primary schools in Krong Pac district. Ede-speaking "
              "pupils learned Vietnamese sounds and rhymes through familiar Ede words, pictures and "
              "games; 94% of them reached the expected reading level by the end of the first term."),
            Img(img("11", "chuyen-de-tieng-viet-1.jpg"), "Tiết dạy minh họa của cô H'Linh Êban, lớp 1A",
                "Tiết dạy minh họa của cô H'Linh Êban, lớp 1A", "em"),
            P("Một số biện pháp được thống nhất", "h3"),
            P("Giáo viên dùng câu lệnh ngắn bằng tiếng Ê Đê trong những tuần đầu, giảm dần khi học sinh "
              "đã hiểu tiếng Việt.", "li"),
            P("Xây dựng “Góc từ ngữ song ngữ” trong lớp học với tranh ảnh về buôn làng, nương rẫy.", "li"),
            P("Phối hợp với cha mẹ học sinh đọc sách song ngữ cùng con mỗi tối.", "li"),
            P("Sau chuyên đề, các trường tiếp tục tổ chức sinh hoạt tổ chuyên môn theo nghiên cứu bài học "
              "và gửi video tiết dạy về Phòng trước ngày 20/12/2026."),
            right("ThS. Trần Văn Hùng - Tổ Tiểu học"),
        ],
        authors=["Trần Văn Hùng"],
        opts={"user": "Quản trị", "featured": True},
    ),
    Story(
        336, "trao-120-suat-hoc-bong-cho-hoc-sinh-dan-toc-thieu-so-vuot-kho",
        "Trao 120 suất học bổng cho học sinh dân tộc thiểu số vượt khó học tốt",
        "tin-tuc", "2026-11-24T16:05:00+07:00",
        [
            P("Chiều 23/11, Hội Khuyến học huyện Krông Pắc phối hợp với Phòng GD&ĐT trao 120 suất học "
              "bổng, mỗi suất 1 triệu đồng, cho học sinh dân tộc thiểu số có hoàn cảnh khó khăn vượt "
              "khó học tốt."),
            Img(img("11", "hoc-bong-2026.jpg"), "Các em học sinh nhận học bổng tại buổi lễ",
                "Các em học sinh nhận học bổng tại buổi lễ", "jcap"),
            P("Phần lớn các em là học sinh người Ê Đê, Nùng, Tày ở các xã Ea Uy, Ea Yiêng, Vụ Bổn; "
              "nhiều em mồ côi cha hoặc mẹ, gia đình thuộc diện hộ nghèo."),
            P("Em H'Mai Byă, học sinh lớp 9 Trường THCS Ea Yiêng, chia sẻ: “Em sẽ cố gắng học thật tốt "
              "để thi vào Trường PT Dân tộc nội trú tỉnh”."),
            P("Dịp này, các nhà hảo tâm còn trao tặng 200 bộ sách giáo khoa và 150 áo ấm cho học sinh "
              "các điểm trường xa."),
            right("Hoàng Anh"),
            Raw('<p style="text-align: right;"><em>Theo Báo Đắk Lắk</em></p>'),
        ],
        authors=["Hoàng Anh"],
        source="Báo Đắk Lắk",
        opts={"user": "Quản trị", "featured": True},
    ),
    Story(
        335, "tang-cuong-tieng-viet-cho-tre-mau-giao-nguoi-e-de-qua-goc-song-ngu",
        "Tăng cường tiếng Việt cho trẻ mẫu giáo người Ê Đê qua “Góc song ngữ”",
        "giao-duc-dan-toc", "2026-11-22T10:30:00+07:00",
        [
            Img(img("11", "goc-song-ngu-mg-hoa-mi.jpg"), "Giờ hoạt động ở “Góc song ngữ” của lớp Mẫu giáo lớn",
                "Giờ hoạt động ở “Góc song ngữ” của lớp Mẫu giáo lớn", "item"),
            P("Năm học này, 100% lớp mẫu giáo 5 tuổi có trẻ người Ê Đê trong huyện xây dựng “Góc song "
              "ngữ” với đồ dùng, tranh ảnh ghi tên bằng cả tiếng Việt và tiếng Ê Đê."),
            P("Thŭn hriăm anei, jih jang adŭ hriăm hđeh 5 thŭn mâo hđeh Ê Đê ti tring mkra “Anôk dŏ "
              "dua klei blŭ” hŏng dŏ dưn, rup čih anăn hŏng klei Yuăn leh anăn klei Ê Đê.", "rad"),
            P("Giáo viên dùng các bài đồng dao, câu chuyện quen thuộc của buôn làng để trẻ mạnh dạn giao "
              "tiếp, rồi chuyển dần sang tiếng Việt."),
            P("Nai mtô yua klei mmuñ, klei yăl dưn ƀuôn sang čiăng kơ hđeh amâo huĭ blŭ, leh anăn "
              "mđĭ hriăm klei Yuăn.", "rad"),
            P("Sau hai tháng, trẻ nói được câu trọn vẹn bằng tiếng Việt tăng rõ rệt; phụ huynh cũng tích "
              "cực làm đồ chơi bằng tre, nứa cho lớp."),
            P("Êdei kơ dua mlan, lu hđeh thâo blŭ klei Yuăn jăk hĭn; ama amĭ mơak mkra dŏ mưng "
              "kơ adŭ hriăm.", "rad"),
            right("Phòng GD&ĐT"),
        ],
        authors=["Phòng GD&ĐT"],
        opts={"user": "Quản trị", "featured": True},
    ),
    Story(
        331, "hoi-thi-ke-chuyen-klei-yal-dun-bang-tieng-e-de-cap-huyen",
        "Hội thi kể chuyện “Klei yăl dưn” bằng tiếng Ê Đê cấp huyện năm 2026",
        "giao-duc-dan-toc", "2026-11-20T10:05:00+07:00",
        [
            P("Ngày 19/11, Phòng GD&ĐT huyện Krông Pắc tổ chức Hội thi kể chuyện “Klei yăl dưn” bằng "
              "tiếng Ê Đê dành cho học sinh tiểu học với 42 thí sinh đến từ 14 trường.", "lead"),
            P("Các em kể lại những câu chuyện cổ, trích đoạn sử thi quen thuộc của người Ê Đê như Đăm "
              "Săn, Xinh Nhã, kết hợp trang phục truyền thống và nhạc cụ cồng chiêng."),
            Img(img("11", "ke-chuyen-1.jpg"), "Em H'Yâo Knul (Trường TH Ea Phê) kể đoạn trích sử thi Đăm Săn",
                "Em H'Yâo Knul (Trường TH Ea Phê) kể đoạn trích sử thi Đăm Săn", "fig"),
            P("Ban giám khảo gồm các nghệ nhân, giáo viên dạy tiếng Ê Đê đánh giá cao khả năng phát âm "
              "chuẩn và sự tự tin của các em."),
            P("Kết quả, Ban tổ chức trao 1 giải Nhất, 3 giải Nhì, 5 giải Ba và 8 giải Khuyến khích."),
            Img(img("11", "ke-chuyen-2.jpg"), "Ban tổ chức trao giải cho các thí sinh",
                "Ban tổ chức trao giải cho các thí sinh", "fig"),
            P("Bản tiếng Ê Đê", "h3"),
            P("Hruê 19 mlan 11, Phòng GD&ĐT Krông Pắc mkŏ mjing klei bi lông yăl klei yăl dưn hŏng "
              "klei Ê Đê kơ hđeh hriăm hră, mâo 42 čô mơ̆ng 14 boh sang hră."),
            P("Hđeh yăl klei yăl dưn Đăm Săn, Xinh Nhă, hơô ao mdrông leh anăn čing čhiêng."),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Thị Thu Hà; Ảnh: Y Bhim Mlô</strong></p>'),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Y Bhim Mlô"],
        summary=("Ngày 19/11, Phòng GD&ĐT huyện Krông Pắc tổ chức Hội thi kể chuyện “Klei yăl dưn” bằng "
                 "tiếng Ê Đê dành cho học sinh tiểu học với 42 thí sinh đến từ 14 trường."),
        opts={"user": "Quản trị", "featured": True, "modified": "2026-11-21 08:12"},
    ),
    Story(
        330, "krong-pac-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        "Krông Pắc kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-tuc", "2026-11-19T11:20:00+07:00",
        [
            P("Sáng 18/11, Phòng GD&ĐT huyện Krông Pắc tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
              "Nam (20/11/1982 - 20/11/2026) và tuyên dương 64 nhà giáo tiêu biểu.", "lead"),
            P("Dự buổi lễ có đại diện lãnh đạo Huyện ủy, UBND huyện, Sở GD&ĐT Đắk Lắk cùng hơn 250 cán "
              "bộ quản lý, giáo viên các trường mầm non, tiểu học và THCS trên địa bàn huyện."),
            Img(img("11", "ky-niem-20-11-1.jpg"), "Quang cảnh Lễ kỷ niệm", "Quang cảnh Lễ kỷ niệm", "fig"),
            P("Năm học 2025-2026, toàn huyện có 36 giáo viên đạt giáo viên dạy giỏi cấp tỉnh; 18 trường "
              "được công nhận đạt chuẩn quốc gia; tỷ lệ huy động trẻ người dân tộc thiểu số ra lớp đạt "
              "99,2%."),
            P("Phát biểu tại buổi lễ, ông Nguyễn Văn Thanh, Trưởng phòng GD&ĐT, mong muốn đội ngũ nhà "
              "giáo tiếp tục đổi mới phương pháp dạy học, quan tâm hơn nữa đến học sinh vùng khó khăn."),
            Img(img("11", "ky-niem-20-11-2.jpg"), None, None, "none"),
            P("Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 64 nhà giáo có thành tích xuất sắc."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Lê Minh Tuấn</strong></p>'),
        ],
        authors=["Lê Minh Tuấn"],
        photographers=["Lê Minh Tuấn"],
        summary=("Sáng 18/11, Phòng GD&ĐT huyện Krông Pắc tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt "
                 "Nam (20/11/1982 - 20/11/2026) và tuyên dương 64 nhà giáo tiêu biểu."),
        opts={"user": "Quản trị", "featured": True, "modified": "2026-11-20 09:02"},
    ),
    Story(
        333, "thong-bao-tuyen-hop-dong-giao-vien-day-tieng-e-de-nam-hoc-2026-2027",
        "Thông báo tuyển hợp đồng giáo viên dạy tiếng Ê Đê năm học 2026-2027",
        "thong-bao", "2026-11-16T08:00:00+07:00",
        [
            P("Phòng GD&ĐT huyện Krông Pắc thông báo tuyển 06 giáo viên hợp đồng dạy tiếng Ê Đê cho các "
              "trường tiểu học năm học 2026-2027."),
            P("1. Điều kiện dự tuyển", "h3"),
            P("Có bằng tốt nghiệp cao đẳng sư phạm tiểu học trở lên.", "li"),
            P("Có chứng chỉ tiếng Ê Đê do cơ sở đào tạo có thẩm quyền cấp.", "li"),
            P("Có đủ sức khỏe, lý lịch rõ ràng.", "li"),
            P("2. Hồ sơ và thời gian nhận hồ sơ", "h3"),
            P("Hồ sơ gồm đơn dự tuyển, bản sao văn bằng, chứng chỉ, giấy khám sức khỏe; nộp tại Tổ Văn "
              "phòng Phòng GD&ĐT từ ngày 16/11 đến hết ngày 30/11/2026 (trong giờ hành chính)."),
            P("Mọi chi tiết xin liên hệ số điện thoại 0262 3521 247."),
        ],
        opts={"user": "Quản trị", "featured": False},
    ),
    Story(
        327, "khai-giang-lop-boi-duong-tieng-e-de-cho-can-bo-giao-vien-nam-2026",
        "Khai giảng lớp bồi dưỡng tiếng Ê Đê cho cán bộ, giáo viên năm 2026",
        "giao-duc-dan-toc", "2026-11-10T08:30:00+07:00",
        [
            P("Sáng 09/11, tại Trường THCS Nguyễn Tất Thành, Phòng GD&ĐT phối hợp với Trường Chính trị "
              "tỉnh khai giảng lớp bồi dưỡng tiếng Ê Đê cho 45 cán bộ, giáo viên công tác tại vùng đồng "
              "bào dân tộc thiểu số."),
            Img(img("11", "lop-tieng-e-de.jpg"), "Các học viên trong buổi học đầu tiên",
                "Các học viên trong buổi học đầu tiên", "center"),
            P("Lớp học kéo dài 4 tháng, mỗi tuần 3 buổi vào cuối giờ chiều, với các nội dung:"),
            P("Chữ viết, ngữ âm và từ vựng tiếng Ê Đê cơ bản;", "li"),
            P("Giao tiếp trong nhà trường và với cha mẹ học sinh;", "li"),
            P("Phong tục, tập quán và văn hóa của người Ê Đê.", "li"),
            P("Học viên hoàn thành khóa học sẽ được cấp chứng chỉ, là điều kiện để hưởng phụ cấp theo quy "
              "định đối với giáo viên biết tiếng dân tộc."),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"user": "Nguyễn Thị Thu Hà", "featured": True},
    ),
    Story(
        316, "hoc-sinh-krong-pac-huong-ung-tuan-le-hoc-tap-suot-doi-2026",
        "Học sinh Krông Pắc hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-tuc", "2026-10-06T09:00:00+07:00",
        [
            P("Hưởng ứng Tuần lễ học tập suốt đời năm 2026 (từ 01 đến 07/10), các trường học trên địa bàn "
              "huyện đã tổ chức nhiều hoạt động thiết thực như ngày hội đọc sách, thư viện xanh, giao lưu "
              "“Đại sứ văn hóa đọc”."),
            P("Tại Trường TH Ea Yông, thư viện nhà trường mở cửa cả buổi trưa để học sinh bán trú đọc "
              "sách; tủ sách song ngữ Việt - Ê Đê được bổ sung 300 cuốn."),
            P("Trường THCS Phan Bội Châu tổ chức cuộc thi giới thiệu sách với 24 đội tham gia, thu hút "
              "đông đảo học sinh và phụ huynh cổ vũ."),
            P("Thông qua các hoạt động, phong trào đọc sách trong học sinh được lan tỏa, góp phần xây dựng "
              "xã hội học tập ở địa phương."),
        ],
        opts={"user": "Quản trị", "featured": False},
    ),
    Story(
        325, "hoi-thi-giao-vien-chu-nhiem-gioi-cap-huyen-bac-tieu-hoc-2026-2027",
        "Hội thi giáo viên chủ nhiệm lớp giỏi cấp huyện bậc tiểu học năm học 2026-2027",
        "hoat-dong-chuyen-mon", "2026-11-05T15:30:00+07:00",
        [
            P("Từ ngày 02 đến 04/11/2026, Phòng GD&ĐT tổ chức Hội thi giáo viên chủ nhiệm lớp giỏi cấp "
              "huyện bậc tiểu học tại Trường TH Lê Văn Tám với 52 giáo viên tham gia."),
            P("Thí sinh trải qua hai phần thi: trình bày biện pháp giáo dục học sinh và xử lý tình huống "
              "sư phạm. Nhiều biện pháp hướng đến học sinh dân tộc thiểu số như kèm cặp đọc, viết, vận "
              "động học sinh ra lớp đều."),
            Img(img("11", "gvcn-gioi.jpg"), "Cô Phạm Thị Lan trình bày biện pháp giáo dục học sinh",
                "Cô Phạm Thị Lan trình bày biện pháp giáo dục học sinh", "fig"),
            P("Kết quả, 38 giáo viên được công nhận giáo viên chủ nhiệm lớp giỏi cấp huyện."),
            P("Ban tổ chức chọn 5 biện pháp tiêu biểu để phổ biến đến các trường trong học kỳ II."),
            right("Tin, ảnh: Tổ Tiểu học"),
        ],
        authors=["Tổ Tiểu học"],
        photographers=["Tổ Tiểu học"],
        opts={"user": "Quản trị", "featured": False},
    ),
    Story(
        322, "ngay-hoi-van-hoa-cac-dan-toc-tai-truong-th-ea-phe",
        "Ngày hội văn hóa các dân tộc tại Trường TH Ea Phê",
        "giao-duc-dan-toc", "2026-10-28T16:20:00+07:00",
        [
            P("Chiều 27/10, Trường TH Ea Phê tổ chức Ngày hội văn hóa các dân tộc với sự tham gia của "
              "hơn 600 học sinh người Kinh, Ê Đê, Tày, Nùng."),
            P("Các lớp trưng bày góc văn hóa với nhà dài thu nhỏ, gùi, chiêng, trang phục thổ cẩm; học "
              "sinh thi giã gạo, thổi cơm lam và múa xoang."),
            Img(img("10", "ngay-hoi-van-hoa-ea-phe.jpg"), "Học sinh múa xoang trong Ngày hội",
                "Học sinh múa xoang trong Ngày hội", "em"),
            P("Ngày hội giúp học sinh hiểu và trân trọng bản sắc văn hóa của các dân tộc cùng học tập "
              "dưới một mái trường."),
            P("Bản tiếng Ê Đê", "h3"),
            P("Tlam hruê 27 mlan 10, Sang hră Ea Phê mkŏ mjing hruê mơak klei mdrông djuê ana, mâo lu "
              "hĭn 600 čô hđeh hriăm Yuăn, Ê Đê, Tày, Nùng."),
            P("Grăp adŭ mdah sang dlông điêt, bai, čing, ao čhum; hđeh hriăm bi lông tŭk mdiê, ƀơ̆ng "
              "ƀăng lam leh anăn kdŏ."),
            P("Hruê mơak anei đru hđeh hriăm thâo săng leh anăn pioh klei mdrông jih jang djuê ana."),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: H\'Linh Êban</strong></p>'),
        ],
        authors=["H'Linh Êban"],
        photographers=["H'Linh Êban"],
        opts={"user": "Quản trị", "featured": False},
    ),
    Story(
        318, "huong-dan-day-hoc-tieng-e-de-lop-3-nam-hoc-2026-2027",
        "Hướng dẫn dạy học tiếng Ê Đê lớp 3 năm học 2026-2027",
        "giao-duc-dan-toc", "2026-10-15T14:00:00+07:00",
        [
            P("Thực hiện Công văn số 2150/SGDĐT-GDTH ngày 08/10/2026 của Sở GD&ĐT Đắk Lắk, Phòng GD&ĐT "
              "hướng dẫn các trường tiểu học tổ chức dạy học tiếng Ê Đê lớp 3 như sau:"),
            P("Thời lượng: 4 tiết/tuần, bố trí trong buổi học thứ hai.", "li"),
            P("Tài liệu: sách Tiếng Ê Đê lớp 3 do Bộ GD&ĐT ban hành.", "li"),
            P("Đánh giá: theo Thông tư 27/2020/TT-BGDĐT, có nhận xét định kỳ giữa và cuối học kỳ.", "li"),
            P("Các trường rà soát số học sinh có nhu cầu học, bố trí giáo viên có chứng chỉ tiếng Ê Đê và "
              "báo cáo về Phòng (bộ phận Tiểu học) trước ngày 30/10/2026."),
            Raw('<p><em>Nguồn: Sở GD&amp;ĐT Đắk Lắk</em></p>'),
        ],
        source="Sở GD&ĐT Đắk Lắk",
        opts={"user": "Quản trị", "featured": False},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: s.published_at, reverse=True)


def article_path(s: Story) -> str:
    return f"/index.php/{s.cat}/{s.id}-{s.slug}"


PRINT_QUERY = "tmpl=component&print=1"

GOLD = [
    gold_record(s, article_path(s), CATEGORIES[s.cat], alt_paths=[f"{article_path(s)}?{PRINT_QUERY}"])
    for s in newest(STORIES)
]

NON_ARTICLES = [
    "/index.php/giao-duc-dan-toc?start=6",
    "/index.php/thong-bao",
    "/index.php/gioi-thieu",
    "/index.php/lien-he",
    "/index.php/van-ban",
    SEARCH_PATH,
]

# --- printing -------------------------------------------------------------------------------

WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def joomla_date(stamp: str, with_time: bool = True) -> str:
    """DATE_FORMAT_LC2 of the vi-VN pack: "Thứ tư, 18 Tháng 11 2026 08:30"."""
    d = _dt.datetime.fromisoformat(stamp[:16].replace(" ", "T"))
    out = f"{WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year}"
    return out + (f" {d:%H:%M}" if with_time else "")


def views(s: Story) -> int:
    return s.views()


def paragraph(p: P) -> str:
    return text(p.text)


def image_html(i: Img) -> str:
    if i.style == "jcap":
        return (f'<p style="text-align: center;"><img class="caption" src="{i.src}" alt="{esc(i.printed)}" '
                f'title="{esc(i.printed)}" width="700" height="467" /></p>')
    if i.style == "fig":
        return (f'<figure class="image"><img src="{i.src}" alt="" width="700" height="467" />'
                f"<figcaption>{esc(i.printed)}</figcaption></figure>")
    out = f'<p style="text-align: center;"><img src="{i.src}" alt="" width="700" height="467" /></p>'
    if i.style == "em":
        out += f'\n<p style="text-align: center;"><em>{esc(i.printed)}</em></p>'
    elif i.style == "center":
        out += f'\n<p style="text-align: center;">{esc(i.printed)}</p>'
    return out


def render_body(s: Story) -> str:
    """The articleBody: TinyMCE (JCE) output; lists, tables and verse grouped."""
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "item")]
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(image_html(b))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{paragraph(blocks[i])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style in ("th", "td"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "td"):
                tag = "th" if blocks[i].style == "th" else "td"
                cells = "".join(f"<{tag}>{esc(c)}</{tag}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append('<table class="table table-bordered" style="width: 100%;" border="1">\n<tbody>\n'
                       + "\n".join(rows) + "\n</tbody>\n</table>")
            continue
        elif b.style in ("l1", "l"):
            lines = [paragraph(b)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "l":
                lines.append(paragraph(blocks[i]))
                i += 1
            out.append('<p style="padding-left: 60px;">' + "<br />\n".join(lines) + "</p>")
            continue
        elif b.style == "h3":
            out.append(f"<h3>{paragraph(b)}</h3>")
        elif b.style == "lead":
            out.append(f"<p><strong>{paragraph(b)}</strong></p>")
        elif b.style == "rad":
            out.append(f'<p lang="rad"><em>{paragraph(b)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify;">{paragraph(b)}</p>')
        i += 1
    return "\n".join(out)


def full_image(s: Story) -> str:
    item = [b for b in s.blocks if isinstance(b, Img) and b.style == "item"]
    if not item:
        return ""
    i = item[0]
    return (f'<div class="pull-left item-image"> <img class="caption" title="{esc(i.printed)}" '
            f'src="{i.src}" alt="{esc(i.printed)}" itemprop="image"/> </div>')


def mail_hash(s: Story) -> str:
    return hashlib.sha1(article_path(s).encode()).hexdigest()


def article_info(s: Story, *, hits: bool = True) -> str:
    cat = s.cat
    modified = s.opts.get("modified")
    mod = (f'<dd class="modified"><span class="icon-calendar"></span> <time datetime="{modified.replace(" ", "T")}'
           f':00+07:00" itemprop="dateModified">Cập nhật mới nhất {joomla_date(modified)}</time></dd>'
           if modified else "")
    hit = (f'<dd class="hits"><span class="icon-eye-open"></span> <meta itemprop="interactionCount" '
           f'content="UserPageVisits:{views(s)}" /> Lượt xem: {views(s)}</dd>' if hits else "")
    return f"""<dl class="article-info muted">
<dt class="article-info-term">Chi tiết</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">{esc(s.opts["user"])}</span></dd>
<dd class="category-name">Danh mục: <a href="/index.php/{cat}" itemprop="genre">{esc(CATEGORIES[cat])}</a></dd>
<dd class="published"><span class="icon-calendar"></span> <time datetime="{s.published_at}" itemprop="datePublished">Được đăng ngày {joomla_date(s.published_at)}</time></dd>
{mod}
{hit}
</dl>"""


def tools(s: Story) -> str:
    path = article_path(s)
    return f"""<div class="icons"><div class="btn-group pull-right">
<a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a>
<ul class="dropdown-menu">
<li class="print-icon"><a href="{path}?tmpl=component&amp;print=1" title="In bài viết &lt; {esc(s.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print"></span> In</a></li>
<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=jsn_epic&amp;link={mail_hash(s)}" title="Gửi email liên kết này tới một người bạn" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope"></span> Email</a></li>
</ul></div></div>"""


# --- chrome -------------------------------------------------------------------------------------

MENU = [
    ("/index.php", "Trang chủ"),
    ("/index.php/gioi-thieu", "Giới thiệu"),
    ("/index.php/tin-tuc", "Tin tức"),
    ("/index.php/giao-duc-dan-toc", "Giáo dục dân tộc"),
    ("/index.php/hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
    ("/index.php/thong-bao", "Thông báo"),
    ("/index.php/van-ban", "Văn bản"),
    ("/index.php/lien-he", "Liên hệ"),
]


def breadcrumbs(trail: list[tuple[str | None, str]]) -> str:
    items = ['<li><a href="/index.php" class="pathway">Trang chủ</a><span class="divider"> » </span></li>']
    for i, (href, label) in enumerate(trail):
        last = i == len(trail) - 1
        if href and not last:
            items.append(f'<li><a href="{href}" class="pathway">{esc(label)}</a><span class="divider"> » </span></li>')
        else:
            items.append(f'<li class="active"><span>{esc(label)}</span></li>')
    return ('<div id="jsn-breadcrumbs"><ul itemscope itemtype="https://schema.org/BreadcrumbList" '
            'class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li>'
            + "".join(items) + "</ul></div>")


def sidebar() -> str:
    latest = "".join(f'<li itemscope itemtype="https://schema.org/Article"><a href="{article_path(s)}" '
                     f'itemprop="url"><span itemprop="name">{esc(s.title)}</span></a></li>'
                     for s in newest([s for s in STORIES if s.opts["featured"]])[:5])
    popular = sorted([s for s in STORIES if s.opts["featured"]], key=views, reverse=True)[:5]
    mostread = "".join(f'<li><a href="{article_path(s)}"><span>{esc(s.title)}</span></a></li>' for s in popular)
    return f"""<div id="jsn-leftsidecontent"><div id="jsn-pos-left">
<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle"><span>Tin mới</span></h3>
<div class="jsn-modulecontent"><ul class="latestnews mod-list">{latest}</ul></div></div>
<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle"><span>Đọc nhiều nhất</span></h3>
<div class="jsn-modulecontent"><ul class="mostread mod-list">{mostread}</ul></div></div>
<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle"><span>Tài liệu song ngữ</span></h3>
<div class="jsn-modulecontent"><ul class="menu"><li><a href="{SEARCH_PATH.replace("&", "&amp;")}">Bài viết song ngữ Việt - Ê Đê</a></li>
<li><a href="/index.php/van-ban">Văn bản chỉ đạo</a></li></ul></div></div>
<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle"><span>Thăm dò ý kiến</span></h3>
<div class="jsn-modulecontent"><form action="/index.php" method="post" name="form2" class="form-inline">
<h4>Theo bạn, có nên mở rộng dạy tiếng Ê Đê ở tất cả các trường tiểu học?</h4>
<ul class="unstyled"><li><input type="radio" name="voteid" id="voteid1" value="1" /><label for="voteid1">Rất cần thiết</label></li>
<li><input type="radio" name="voteid" id="voteid2" value="2" /><label for="voteid2">Chỉ ở vùng đông học sinh Ê Đê</label></li>
<li><input type="radio" name="voteid" id="voteid3" value="3" /><label for="voteid3">Chưa cần thiết</label></li></ul>
<input type="submit" name="task_button" class="btn btn-primary" value="Bình chọn" />
<input type="hidden" name="option" value="com_poll" /><input type="hidden" name="id" value="2" /></form></div></div>
<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle"><span>Liên kết</span></h3>
<div class="jsn-modulecontent"><ul class="weblinks">
<li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://daklak.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li><a href="https://krongpac.daklak.gov.vn" target="_blank" rel="noopener">UBND huyện Krông Pắc</a></li>
<li><a href="https://taphuan.csdl.edu.vn" target="_blank" rel="noopener">Tập huấn giáo viên</a></li></ul></div></div>
<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle"><span>Thống kê truy cập</span></h3>
<div class="jsn-modulecontent"><p>Đang có 12 khách và không thành viên đang online</p>
<div class="vinaora_visitors_counter"><table><tr><td>Hôm nay</td><td>318</td></tr>
<tr><td>Hôm qua</td><td>402</td></tr><tr><td>Tổng truy cập</td><td>1.284.563</td></tr></table></div></div></div>
</div></div>"""


def layout(title: str, main: str, trail: list[tuple[str | None, str]] | None = None) -> str:
    menu = "".join(f'<li class="item-{101 + i}"><a href="{href}">{esc(label)}</a></li>'
                   for i, (href, label) in enumerate(MENU))
    crumbs = breadcrumbs(trail) if trail is not None else ""
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/jsn_epic/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/templates/jsn_epic/css/template.css" type="text/css" />
<script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>
<script src="/media/system/js/caption.js" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body id="jsn-master" class="jsn-textstyle-business jsn-color-blue jsn-direction-ltr jsn-desktop">
<div id="jsn-page">
<div id="jsn-header"><div id="jsn-logo"><a href="/index.php" title="{esc(SITE_TITLE)}"><img src="/images/logo-pgd-krong-pac.png" alt="{esc(SITE_TITLE)}" /></a></div>
<div id="jsn-headerright"><div class="jsn-date">{HEADER_DATE}</div>
<form action="/index.php/tim-kiem" method="get" class="form-inline"><label for="mod-search-searchword">Tìm kiếm...</label>
<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="searchphrase" value="all" /></form></div></div>
<div id="jsn-menu"><div id="jsn-pos-mainmenu"><ul class="menu-mainmenu jsn-menu-mobile-control">{menu}</ul></div></div>
<div id="jsn-body">
{crumbs}
<div id="jsn-content" class="jsn-hasleft">
{sidebar()}
<div id="jsn-maincontent"><div id="jsn-centercol"><div id="jsn-mainbody-content" class="jsn-hasmainbody"><div id="jsn-mainbody">
<div id="system-message-container"></div>
{main}
</div></div></div></div>
</div></div>
<div id="jsn-footer"><div class="jsn-modulecontainer"><div class="custom">
<p style="text-align: center;"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN KRÔNG PẮC</strong></p>
<p style="text-align: center;">Địa chỉ: 01 Giải Phóng, thị trấn Phước An, huyện Krông Pắc, tỉnh Đắk Lắk</p>
<p style="text-align: center;">Điện thoại: 0262 3521 247 - Email: pgdkrongpac@daklak.edu.vn</p>
<p style="text-align: center;">Chịu trách nhiệm nội dung: Trưởng phòng Nguyễn Văn Thanh</p>
</div></div><div id="jsn-copyright">Copyright © 2026 Phòng GD&amp;ĐT Krông Pắc. Thiết kế bởi JoomlaShine.</div></div>
</div>
</body>
</html>"""


# --- pages ---------------------------------------------------------------------------------------


def related(s: Story) -> str:
    others = [o for o in newest(STORIES) if o.cat == s.cat and o is not s][:3]
    if not others:
        return ""
    items = "".join(f'<li><a href="{article_path(o)}">{esc(o.title)}</a></li>' for o in others)
    return (f'<div class="jsn-modulecontainer"><h3 class="jsn-moduletitle"><span>Bài viết liên quan</span></h3>'
            f'<div class="jsn-modulecontent"><ul class="relateditems mod-list">{items}</ul></div></div>')


def article_page(s: Story) -> Response:
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>
{tools(s)}
{article_info(s)}
{full_image(s)}
<div itemprop="articleBody">
{render_body(s)}
</div>
</div>
<div id="jsn-pos-user-bottom">{related(s)}</div>"""
    trail = [(f"/index.php/{s.cat}", CATEGORIES[s.cat]), (None, s.title)]
    return html(layout(f"{s.title} - {SITE_TITLE}", main, trail))


def print_page(s: Story) -> Response:
    body = f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(s.title)} - {esc(SITE_TITLE)}</title>
<link rel="stylesheet" href="/templates/jsn_epic/css/print.css" type="text/css" />
<script src="/media/system/js/caption.js" type="text/javascript"></script>
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span> In</a></div>
<div class="page-header"><h2 itemprop="headline">{esc(s.title)}</h2></div>
{article_info(s)}
{full_image(s)}
<div itemprop="articleBody">
{render_body(s)}
</div>
</div>
</body></html>"""
    return html(body)


def intro(s: Story) -> str:
    first = next(b for b in s.blocks if isinstance(b, P))
    words = first.text.split()
    short = " ".join(words[:40]) + (" ..." if len(words) > 40 else "")
    return f"<p>{text(short)}</p>"


def blog_item(s: Story, n: int) -> str:
    path = article_path(s)
    return f"""<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(s.title)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Danh mục: <a href="/index.php/{s.cat}">{esc(CATEGORIES[s.cat])}</a></dd>
<dd class="published"><time datetime="{s.published_at}">Được đăng ngày {joomla_date(s.published_at)}</time></dd>
<dd class="hits">Lượt xem: {views(s)}</dd></dl>
{intro(s)}
<p class="readmore"><a class="btn" href="{path}" itemprop="url" aria-label="Đọc thêm: {esc(s.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Đọc thêm: {esc(s.title)}</a></p>
</div>"""


def pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return ""
    sep = "&amp;" if "?" in base else "?"

    def href(n: int) -> str:
        return base if n == 1 else f"{base}{sep}start={(n - 1) * PER_PAGE}"

    def li(label: str, n: int, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        if n == page or n < 1 or n > pages:
            return f'<li{c}><span class="pagenav">{label}</span></li>'
        return f'<li{c}><a title="{label}" href="{href(n)}" class="pagenav">{label}</a></li>'

    items = [li("Đầu", 1 if page > 1 else page, "pagination-start"),
             li("Trước", page - 1 if page > 1 else page, "pagination-prev")]
    items += [li(str(n), n) for n in range(1, pages + 1)]
    items += [li("Sau", page + 1 if page < pages else page, "pagination-next"),
              li("Cuối", pages if page < pages else page, "pagination-end")]
    return (f'<div class="pagination"><p class="counter pull-right">Trang {page} / {pages}</p>'
            f'<ul class="pagination-list">{"".join(items)}</ul></div>')


def start_of(request: Request) -> int | None:
    raw = request.params.get("start", request.params.get("limitstart", "0"))
    if not raw.isdigit() or int(raw) % PER_PAGE:
        return None
    return int(raw)


def blog(request: Request, stories: list[Story], base: str, heading: str,
         trail: list[tuple[str | None, str]] | None, title: str) -> Response | None:
    start = start_of(request)
    if start is None or (start and start >= len(stories)):
        return None
    chunk = stories[start : start + PER_PAGE]
    pages = -(-len(stories) // PER_PAGE)
    items = "\n".join(f'<div class="items-row cols-1 row-{n} row-fluid clearfix"><div class="span12">'
                      f"{blog_item(s, n)}</div></div>" for n, s in enumerate(chunk))
    main = (f'<div class="blog" itemscope itemtype="https://schema.org/Blog">'
            f'<div class="page-header"><h1>{esc(heading)}</h1></div>\n{items}\n'
            + pager(base, start // PER_PAGE + 1, pages) + "</div>")
    return html(layout(title, main, trail))


def home(request: Request) -> Response | None:
    featured = newest([s for s in STORIES if s.opts["featured"]])
    return blog(request, featured, "/index.php", "Tin nổi bật", None, SITE_TITLE)


def category(request: Request, key: str) -> Response | None:
    stories = newest([s for s in STORIES if s.cat == key])
    name = CATEGORIES[key]
    return blog(request, stories, f"/index.php/{key}", name, [(None, name)], f"{name} - {SITE_TITLE}")


def intro_page() -> Response:
    main = """<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">Giới thiệu Phòng Giáo dục và Đào tạo huyện Krông Pắc</h2></div>
<div itemprop="articleBody">
<p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Krông Pắc là cơ quan chuyên môn thuộc UBND huyện, tham mưu giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>
<p style="text-align: justify;">Toàn huyện có 78 trường học với gần 40.000 học sinh, trong đó học sinh người dân tộc thiểu số chiếm khoảng 32%, chủ yếu là người Ê Đê; 21 trường tiểu học tổ chức dạy tiếng Ê Đê.</p>
<h3>Lãnh đạo Phòng</h3>
<ul><li>Trưởng phòng: Nguyễn Văn Thanh</li><li>Phó Trưởng phòng: Y Khuê Byă</li><li>Phó Trưởng phòng: Trần Thị Mai</li></ul>
</div>
</div>"""
    return html(layout(f"Giới thiệu - {SITE_TITLE}", main, [(None, "Giới thiệu")]))


def contact_page() -> Response:
    main = """<div class="contact" itemscope itemtype="https://schema.org/Person">
<div class="page-header"><h2><span class="contact-name" itemprop="name">Phòng Giáo dục và Đào tạo huyện Krông Pắc</span></h2></div>
<h3>Liên hệ</h3>
<dl class="contact-address dl-horizontal" itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>
<dd><span class="contact-street" itemprop="streetAddress">01 Giải Phóng, thị trấn Phước An</span></dd>
<dd><span class="contact-suburb" itemprop="addressLocality">huyện Krông Pắc, tỉnh Đắk Lắk</span></dd>
<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>
<dd><span class="contact-telephone" itemprop="telephone">0262 3521 247</span></dd></dl>
<h3>Mẫu liên hệ</h3>
<form id="contact-form" action="/index.php/lien-he" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Gửi email. Những trường có dấu sao (*) là bắt buộc.</legend>
<label id="jform_contact_name-lbl" for="jform_contact_name">Tên<span class="star">&#160;*</span></label>
<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" size="30" required aria-required="true" />
<label for="jform_contact_email">Email<span class="star">&#160;*</span></label>
<input type="email" name="jform[contact_email]" id="jform_contact_email" value="" size="30" required />
<label for="jform_contact_emailmsg">Tiêu đề<span class="star">&#160;*</span></label>
<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" size="60" required />
<label for="jform_contact_message">Nội dung<span class="star">&#160;*</span></label>
<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10" required></textarea>
</fieldset>
<button class="btn btn-primary validate" type="submit">Gửi email</button>
<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />
<input type="hidden" name="id" value="1:phong-gd-dt-krong-pac" />
<input type="hidden" name="3f1a7c2b9d0e4f58a6b7c8d9e0f1a2b3" value="1" /></form>
</div>"""
    return html(layout(f"Liên hệ - {SITE_TITLE}", main, [(None, "Liên hệ")]))


DOCUMENTS = [
    (15, "cv-2150-sgddt-gdth-day-tieng-e-de", "Công văn 2150/SGDĐT-GDTH về dạy học tiếng Ê Đê lớp 3", "08/10/2026"),
    (14, "kh-nhiem-vu-nam-hoc-2026-2027", "Kế hoạch thực hiện nhiệm vụ năm học 2026-2027", "25/09/2026"),
    (13, "qd-thanh-lap-hoi-dong-thi-gvcn-gioi", "Quyết định thành lập Hội đồng thi giáo viên chủ nhiệm lớp giỏi", "20/10/2026"),
    (12, "tai-lieu-song-ngu-phong-chong-duoi-nuoc", "Tài liệu song ngữ Việt - Ê Đê phòng, chống đuối nước", "28/11/2026"),
]


def documents_page() -> Response:
    rows = "".join(
        f'<tr><td><div class="pd-filename"><div class="pd-float"><a href="/index.php/van-ban?download={i}:{a}">'
        f'{esc(t)}</a></div></div></td><td>{d}</td><td><div class="pd-button-download">'
        f'<a class="btn btn-success" href="/index.php/van-ban?download={i}:{a}">Tải về</a></div></td></tr>'
        for i, a, t, d in DOCUMENTS)
    main = f"""<div id="phoca-dl-category-box" class="pd-category-view">
<div class="page-header"><h1>Văn bản</h1></div>
<div class="pd-category"><h3 class="pd-ctitle">Văn bản chỉ đạo, điều hành</h3>
<table class="table table-striped"><thead><tr><th>Tên tài liệu</th><th>Ngày ban hành</th><th></th></tr></thead>
<tbody>{rows}</tbody></table></div></div>"""
    return html(layout(f"Văn bản - {SITE_TITLE}", main, [(None, "Văn bản")]))


def search_page(request: Request) -> Response:
    word = request.params.get("searchword", "").strip()
    needle = word.casefold()
    hits = [s for s in newest(STORIES)
            if needle and needle in (s.title + " " + " ".join(b.text for b in s.blocks if isinstance(b, P))).casefold()]
    results = "".join(
        f'<dt class="result-title">{n}. <a href="{article_path(s)}">{esc(s.title)}</a></dt>'
        f'<dd class="result-category"><span class="small">({esc(CATEGORIES[s.cat])})</span></dd>'
        f"<dd class=\"result-text\">{intro(s)}</dd>"
        f'<dd class="result-created">Được đăng ngày: {joomla_date(s.published_at, False)}</dd>'
        for n, s in enumerate(hits, 1))
    main = f"""<div class="search"><h1 class="page-title">Tìm kiếm</h1>
<form id="searchForm" action="/index.php/tim-kiem" method="get">
<input type="text" name="searchword" placeholder="Từ khóa tìm kiếm:" id="search-searchword" size="30" maxlength="200" value="{esc(word)}" class="inputbox" />
<button name="Search" class="btn hasTooltip" title="Tìm kiếm">Tìm kiếm</button>
<div class="searchintro"><p>Tìm kiếm với từ khóa: <span class="badge badge-info">{esc(word)}</span> có <strong>{len(hits)}</strong> kết quả.</p></div></form>
<dl class="search-results">{results}</dl></div>"""
    return html(layout(f"Tìm kiếm - {SITE_TITLE}", main, [(None, "Tìm kiếm")]))


def mailto_page() -> Response:
    body = """<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>Gửi email liên kết này tới một người bạn</title></head>
<body class="contentpane modal"><div id="mailto-window"><h2>Gửi email liên kết này tới một người bạn.</h2>
<form action="/index.php" id="mailtoForm" method="post">
<label for="mailto_field">Email tới:</label><input type="text" id="mailto_field" name="mailto" class="inputbox" size="25" value="" />
<label for="sender_field">Người gửi:</label><input type="text" id="sender_field" name="sender" class="inputbox" value="" size="25" />
<label for="subject_field">Tiêu đề:</label><input type="text" id="subject_field" name="subject" class="inputbox" value="" size="25" />
<button class="button" onclick="return Joomla.submitbutton('send');">Gửi</button>
<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /></form></div></body></html>"""
    return html(body)


ARTICLE_RE = re.compile(r"/index\.php/([a-z-]+)/(\d+)-([a-z0-9-]+)")


class JoomlaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/images/", "/templates/", "/media/")):
            return static_file(path)
        if path in ("/", "/index.php", "/index.php/"):
            return home(request)
        if m := ARTICLE_RE.fullmatch(path):
            s = BY_ID.get(int(m.group(2)))
            if s is None or s.cat != m.group(1) or s.slug != m.group(3):
                return None
            params = request.params
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return print_page(s)
            return article_page(s) if not request.query else None
        key = path[len("/index.php/"):] if path.startswith("/index.php/") else ""
        if key in CATEGORIES:
            return category(request, key)
        if key == "gioi-thieu" and not request.query:
            return intro_page()
        if key == "lien-he":
            return contact_page()
        if key == "van-ban":
            dl = request.params.get("download")
            if dl:
                if any(dl == f"{i}:{a}" for i, a, _, _ in DOCUMENTS):
                    return Response(200, PDF, {"Content-Type": "application/pdf",
                                               "Content-Disposition": f'attachment; filename="{dl.split(":")[1]}.pdf"'})
                return None
            return documents_page()
        if key in ("tim-kiem", "component/search", "component/search/"):
            return search_page(request)
        if key in ("component/mailto", "component/mailto/") and request.params.get("link"):
            return mailto_page()
        return None


def build_site() -> JoomlaSite:
    return JoomlaSite()
